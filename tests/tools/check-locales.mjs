// @ts-check
// Locale check (`npm run locales:check`): keeps locales/<lang>/<namespace>.json complete, in sync
// with German (the source language) and with the keys the code in src/ actually uses.
//
// Conventions it relies on (see README):
// - Code names a key as one full literal string 'namespace:key.path', e.g. t('measures:form.title').
// - A family of keys chosen at run time is named by a template literal with static parts, e.g.
//   t(`vocab:fieldOfAction.${field}`); every key matching the static parts counts as used.
// - Plurals use i18next suffixes (_zero _one _two _few _many _other, ordinals _ordinal_<form>);
//   a literal 'ns:count' uses every 'ns:count_<form>' key.
// - Locale values may nest other keys with $t(ns:key); those count as used as well.
//
// Usage: node tests/tools/check-locales.mjs [projectRoot]   (exit 1 when problems are found)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * @typedef {'no-locales' | 'invalid-json' | 'bad-key' | 'missing-namespace' | 'extra-namespace'
 *   | 'missing-key' | 'extra-key' | 'empty-value' | 'not-string' | 'unknown-language'
 *   | 'plural-missing' | 'plural-extra' | 'unused-key' | 'unknown-key'} ProblemKind
 */

/**
 * @typedef {object} Problem
 * @property {ProblemKind} kind
 * @property {string} message Readable, self-contained description.
 * @property {string} [language]
 * @property {string} [namespace]
 * @property {string} [key] The key concerned (for unknown-key: the key as written in src/).
 * @property {string} [file] Project-relative file the problem was found in.
 */

/**
 * @typedef {object} CheckOptions
 * @property {string} [sourceLanguage] Default 'de'.
 * @property {string} [localesDir] Relative to the root. Default 'locales'.
 * @property {string} [srcDir] Relative to the root. Default 'src'.
 */

/** i18next plural suffix: `_one`, `_other`, `_ordinal_few`, … */
const PLURAL_SUFFIX = /_(?:(ordinal)_)?(zero|one|two|few|many|other)$/;
const SOURCE_EXTENSIONS = new Set(['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs']);
const TEST_FILE = /\.(?:test|spec)\.[cm]?[jt]sx?$/;
/**
 * `namespace:key` as written in code: the namespace looks like a file name, the key is made of
 * word characters, dots and dashes (so 'measures: 3 open' or 'https://…' are not references).
 */
const NAMESPACED = /^([A-Za-z][\w-]*):([\w.-]*)$/;
/** `$t(ns:key)` or `$t(key, {...})` nesting inside a locale value. */
const NESTING = /\$t\(\s*([^,)\s]+)/g;

/**
 * @typedef {object} LocaleFile
 * @property {Map<string, string>} values Flattened key → string value (non-strings left out).
 * @property {Map<string, string>} plain Identity → key for keys without plural suffix.
 * @property {Map<string, Map<string, string>>} plurals Base → (form → key), form 'one' or
 *   'ordinal_one'.
 */

/**
 * @param {string} language
 * @param {'cardinal' | 'ordinal'} type
 * @returns {string[]}
 */
function pluralCategories(language, type) {
  return [...new Intl.PluralRules(language, { type }).resolvedOptions().pluralCategories];
}

/**
 * @param {string[]} forms
 * @param {string} prefix
 */
function suffixList(forms, prefix = '') {
  return forms.map((form) => `_${prefix}${form}`).join(', ');
}

/** @param {unknown} value */
function describeType(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** @param {string} text */
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * @param {string} dir
 * @returns {string[]} Absolute paths of source files below dir.
 */
function listSourceFiles(dir) {
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
        files.push(...listSourceFiles(full));
      }
    } else if (
      entry.isFile() &&
      SOURCE_EXTENSIONS.has(path.extname(entry.name)) &&
      !TEST_FILE.test(entry.name)
    ) {
      files.push(full);
    }
  }
  return files.sort();
}

/**
 * @typedef {object} KeyReference
 * @property {string} namespace
 * @property {string} written The key as written, e.g. 'form.title' or 'status.${…}.label'.
 * @property {string} [key] Literal key.
 * @property {RegExp} [pattern] For template literals and literal prefixes ('ns:group.').
 * @property {string} location file:line
 */

/**
 * Finds every string literal and template literal in src/ that names a key of a known namespace.
 * Uses the TypeScript parser, so comments and JSX text are not mistaken for references.
 * @param {string} rootDir
 * @param {string} srcDir
 * @param {Set<string>} namespaces
 * @returns {KeyReference[]}
 */
function collectReferences(rootDir, srcDir, namespaces) {
  /** @type {KeyReference[]} */
  const references = [];
  for (const file of listSourceFiles(srcDir)) {
    const text = readFileSync(file, 'utf8');
    const extension = path.extname(file);
    const kind =
      extension === '.tsx'
        ? ts.ScriptKind.TSX
        : extension === '.jsx'
          ? ts.ScriptKind.JSX
          : /\.[cm]?js$/.test(extension)
            ? ts.ScriptKind.JS
            : ts.ScriptKind.TS;
    const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, kind);
    const relative = path.relative(rootDir, file).split(path.sep).join('/');
    /** @param {ts.Node} node */
    const locate = (node) =>
      `${relative}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;

    /** @param {ts.Node} node */
    const visit = (node) => {
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
        const match = NAMESPACED.exec(node.text);
        if (match && match[1] && namespaces.has(match[1]) && match[2]) {
          const [, namespace, key] = match;
          if (key.endsWith('.')) {
            // 'ns:group.' + name: a prefix built by concatenation.
            references.push({
              namespace,
              written: key,
              pattern: new RegExp(`^${escapeRegExp(key)}.+$`),
              location: locate(node),
            });
          } else {
            references.push({ namespace, written: key, key, location: locate(node) });
          }
        }
      } else if (ts.isTemplateExpression(node)) {
        const match = NAMESPACED.exec(node.head.text);
        if (match && match[1] && namespaces.has(match[1])) {
          const [, namespace, head = ''] = match;
          let written = head;
          let source = `^${escapeRegExp(head)}`;
          for (const span of node.templateSpans) {
            written += `\${…}${span.literal.text}`;
            source += `.+${escapeRegExp(span.literal.text)}`;
          }
          references.push({
            namespace,
            written,
            pattern: new RegExp(`${source}$`),
            location: locate(node),
          });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return references;
}

/**
 * Reads one locale file, reporting malformed content.
 * @param {string} file
 * @param {string} label e.g. 'de/measures.json'
 * @param {Problem[]} problems
 * @param {{ language: string, namespace: string }} where
 * @returns {LocaleFile | undefined}
 */
function readLocaleFile(file, label, problems, where) {
  /** @type {unknown} */
  let data;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({
      kind: 'invalid-json',
      message: `${label}: not valid JSON (${reason})`,
      ...where,
    });
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push({
      kind: 'invalid-json',
      message: `${label}: must contain a JSON object, found ${describeType(data)}`,
      ...where,
    });
    return undefined;
  }

  /** @type {LocaleFile} */
  const locale = { values: new Map(), plain: new Map(), plurals: new Map() };

  /**
   * @param {Record<string, unknown>} object
   * @param {string} prefix
   */
  const flatten = (object, prefix) => {
    for (const [name, value] of Object.entries(object)) {
      const key = prefix + name;
      if (name === '' || name.includes('.') || name.includes(':')) {
        problems.push({
          kind: 'bad-key',
          message: `${label}: key "${key}" is empty or contains "." or ":"; nest objects instead`,
          ...where,
          key,
        });
        continue;
      }
      if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
        const child = /** @type {Record<string, unknown>} */ (value);
        if (Object.keys(child).length === 0) {
          problems.push({
            kind: 'empty-value',
            message: `${label}: "${key}" is an empty object`,
            ...where,
            key,
          });
        }
        flatten(child, `${key}.`);
        continue;
      }
      const plural = PLURAL_SUFFIX.exec(key);
      if (plural) {
        const base = key.slice(0, plural.index);
        const form = plural[1] ? `ordinal_${plural[2]}` : String(plural[2]);
        const forms = locale.plurals.get(base) ?? new Map();
        forms.set(form, key);
        locale.plurals.set(base, forms);
      } else {
        locale.plain.set(key, key);
      }
      if (typeof value !== 'string') {
        problems.push({
          kind: 'not-string',
          message: `${label}: "${key}" is ${describeType(value)}, expected a string`,
          ...where,
          key,
        });
      } else if (value.trim() === '') {
        problems.push({
          kind: 'empty-value',
          message: `${label}: "${key}" is empty`,
          ...where,
          key,
        });
      } else {
        locale.values.set(key, value);
      }
    }
  };
  flatten(/** @type {Record<string, unknown>} */ (data), '');
  return locale;
}

/**
 * Checks plural forms of one locale file against the language's plural rules.
 * @param {LocaleFile} locale
 * @param {string} language
 * @param {string} label
 * @param {string} namespace
 * @param {Problem[]} problems
 */
function checkPlurals(locale, language, label, namespace, problems) {
  const cardinal = pluralCategories(language, 'cardinal');
  const ordinal = pluralCategories(language, 'ordinal');
  for (const [base, forms] of locale.plurals) {
    const usesOrdinal = [...forms.keys()].some((form) => form.startsWith('ordinal_'));
    const usesCardinal = [...forms.keys()].some((form) => !form.startsWith('ordinal_'));
    /** @type {[string[], string, boolean][]} */
    const groups = [];
    if (usesCardinal) groups.push([cardinal, '', true]);
    if (usesOrdinal) groups.push([ordinal, 'ordinal_', false]);
    for (const [categories, prefix, zeroAllowed] of groups) {
      const missing = categories.filter((category) => !forms.has(prefix + category));
      if (missing.length > 0) {
        problems.push({
          kind: 'plural-missing',
          message:
            `${label}: "${base}" lacks plural form(s) ${suffixList(missing, prefix)} ` +
            `(${language} needs ${suffixList(categories, prefix)})`,
          language,
          namespace,
          key: base,
        });
      }
      for (const [form, key] of forms) {
        if (!form.startsWith(prefix) || (prefix === '' && form.startsWith('ordinal_'))) continue;
        const category = form.slice(prefix.length);
        // i18next uses _zero for count 0 in every language; other forms must be the language's own.
        if (!categories.includes(category) && !(zeroAllowed && category === 'zero')) {
          problems.push({
            kind: 'plural-extra',
            message:
              `${label}: "${key}" is a plural form ${language} does not use ` +
              `(${language} uses ${suffixList(categories, prefix)})`,
            language,
            namespace,
            key,
          });
        }
      }
    }
  }
}

/**
 * Runs every check and returns the problems found (empty when all is well).
 * @param {string} rootDir Project root containing locales/ and src/.
 * @param {CheckOptions} [options]
 * @returns {Problem[]}
 */
export function checkLocales(rootDir, options = {}) {
  const { sourceLanguage = 'de', localesDir = 'locales', srcDir = 'src' } = options;
  const root = path.resolve(rootDir);
  const localesRoot = path.join(root, localesDir);
  /** @type {Problem[]} */
  const problems = [];

  const sourceRoot = path.join(localesRoot, sourceLanguage);
  if (!existsSync(sourceRoot) || !statSync(sourceRoot).isDirectory()) {
    return [
      {
        kind: 'no-locales',
        message: `${localesDir}/${sourceLanguage}/ is missing: the source language needs a folder`,
      },
    ];
  }

  const languages = readdirSync(localesRoot, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => (a === sourceLanguage ? -1 : b === sourceLanguage ? 1 : a.localeCompare(b)));

  /** @param {string} language */
  const namespacesOf = (language) =>
    readdirSync(path.join(localesRoot, language))
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.slice(0, -'.json'.length))
      .sort();

  const namespaces = namespacesOf(sourceLanguage);
  if (namespaces.length === 0) {
    problems.push({
      kind: 'no-locales',
      message: `${localesDir}/${sourceLanguage}/ has no namespace files (<namespace>.json)`,
      language: sourceLanguage,
    });
    return problems;
  }

  /** @type {Map<string, Map<string, LocaleFile>>} language → namespace → file */
  const locales = new Map();
  for (const language of languages) {
    const known = Intl.PluralRules.supportedLocalesOf([language]).length > 0;
    if (!known) {
      problems.push({
        kind: 'unknown-language',
        message: `${localesDir}/${language}/: "${language}" is not a language Intl knows, so its plural rules are unknown`,
        language,
      });
    }
    const present = namespacesOf(language);
    if (language !== sourceLanguage) {
      for (const namespace of namespaces.filter((ns) => !present.includes(ns))) {
        problems.push({
          kind: 'missing-namespace',
          message: `${localesDir}/${language}/${namespace}.json is missing (German has it)`,
          language,
          namespace,
        });
      }
      for (const namespace of present.filter((ns) => !namespaces.includes(ns))) {
        problems.push({
          kind: 'extra-namespace',
          message: `${localesDir}/${language}/${namespace}.json has no German counterpart`,
          language,
          namespace,
        });
      }
    }
    /** @type {Map<string, LocaleFile>} */
    const files = new Map();
    for (const namespace of present) {
      const label = `${language}/${namespace}.json`;
      const file = path.join(localesRoot, language, `${namespace}.json`);
      const locale = readLocaleFile(file, label, problems, { language, namespace });
      if (!locale) continue;
      files.set(namespace, locale);
      if (known) checkPlurals(locale, language, label, namespace, problems);
    }
    locales.set(language, files);
  }

  const source = locales.get(sourceLanguage) ?? new Map();

  // Every language has exactly German's keys (plural groups compared by their base key).
  for (const [language, files] of locales) {
    if (language === sourceLanguage) continue;
    for (const [namespace, locale] of files) {
      const german = source.get(namespace);
      if (!german) continue;
      const label = `${language}/${namespace}.json`;
      /**
       * @param {LocaleFile} from
       * @param {LocaleFile} to
       * @param {(key: string, plural: boolean) => void} report
       */
      const compare = (from, to, report) => {
        for (const key of from.plain.keys()) if (!to.plain.has(key)) report(key, false);
        for (const base of from.plurals.keys()) if (!to.plurals.has(base)) report(base, true);
      };
      compare(german, locale, (key, plural) =>
        problems.push({
          kind: 'missing-key',
          message: `${label}: ${plural ? 'plural ' : ''}key "${key}" is missing (German has it)`,
          language,
          namespace,
          key,
        }),
      );
      compare(locale, german, (key, plural) =>
        problems.push({
          kind: 'extra-key',
          message: `${label}: ${plural ? 'plural ' : ''}key "${key}" is not in ${sourceLanguage}/${namespace}.json`,
          language,
          namespace,
          key,
        }),
      );
    }
  }

  // Keys used by the code (and by $t() nesting in German values).
  const references = collectReferences(root, path.join(root, srcDir), new Set(namespaces));
  for (const [namespace, locale] of source) {
    for (const value of locale.values.values()) {
      for (const match of value.matchAll(NESTING)) {
        const written = String(match[1]);
        const named = NAMESPACED.exec(written);
        const [refNamespace, key] =
          named && named[1] && namespaces.includes(named[1])
            ? [named[1], String(named[2])]
            : [namespace, written];
        references.push({
          namespace: refNamespace,
          written: key,
          key,
          location: `${sourceLanguage}/${namespace}.json`,
        });
      }
    }
  }

  /**
   * All German keys of a namespace with the name a reference may use for them (the key itself
   * and, for plural forms, the base).
   * @param {LocaleFile} locale
   * @returns {{ key: string, names: string[] }[]}
   */
  const keysOf = (locale) => [
    ...[...locale.plain.keys()].map((key) => ({ key, names: [key] })),
    ...[...locale.plurals].flatMap(([base, forms]) =>
      [...forms.values()].map((key) => ({ key, names: [key, base] })),
    ),
  ];

  /**
   * @param {KeyReference} reference
   * @param {string[]} names
   */
  const matches = (reference, names) =>
    names.some((name) =>
      reference.pattern
        ? reference.pattern.test(name)
        : name === reference.key || name.startsWith(`${reference.key}.`),
    );

  /** @type {Map<string, KeyReference[]>} */
  const referencesByNamespace = new Map();
  for (const reference of references) {
    const list = referencesByNamespace.get(reference.namespace) ?? [];
    list.push(reference);
    referencesByNamespace.set(reference.namespace, list);
  }

  for (const namespace of namespaces) {
    const german = source.get(namespace);
    if (!german) continue;
    const keys = keysOf(german);
    const used = referencesByNamespace.get(namespace) ?? [];

    for (const reference of used) {
      if (!keys.some(({ names }) => matches(reference, names))) {
        const written = `'${namespace}:${reference.written}'`;
        const file = `${sourceLanguage}/${namespace}.json`;
        problems.push({
          kind: 'unknown-key',
          message: reference.pattern
            ? `${reference.location}: no key in ${file} matches ${written}`
            : `${reference.location}: ${written} does not exist in ${file}`,
          namespace,
          key: reference.written,
          file: reference.location.replace(/:\d+$/, ''),
        });
      }
    }

    for (const { key, names } of keys) {
      if (!used.some((reference) => matches(reference, names))) {
        problems.push({
          kind: 'unused-key',
          message: `${sourceLanguage}/${namespace}.json: "${key}" is not used in ${srcDir}/ (no '${namespace}:${names.at(-1)}' literal or matching dynamic key)`,
          language: sourceLanguage,
          namespace,
          key,
        });
      }
    }
  }

  return problems;
}

/** @type {Record<ProblemKind, string>} */
const HEADINGS = {
  'no-locales': 'No locales',
  'invalid-json': 'Unreadable locale files',
  'bad-key': 'Badly named keys',
  'missing-namespace': 'Missing namespace files',
  'extra-namespace': 'Namespace files German does not have',
  'missing-key': 'Missing translations',
  'extra-key': 'Keys German does not have',
  'empty-value': 'Empty values',
  'not-string': 'Values that are not strings',
  'unknown-language': 'Unknown languages',
  'plural-missing': 'Incomplete plural forms',
  'plural-extra': 'Plural forms the language does not use',
  'unused-key': 'Keys not used in src/',
  'unknown-key': 'Keys used in src/ that German does not have',
};

/**
 * Formats problems grouped by kind for the terminal.
 * @param {Problem[]} problems
 * @returns {string}
 */
export function formatProblems(problems) {
  if (problems.length === 0) return 'Locale check: OK\n';
  const lines = [`Locale check: ${problems.length} problem(s)`];
  for (const kind of /** @type {ProblemKind[]} */ (Object.keys(HEADINGS))) {
    const group = problems.filter((problem) => problem.kind === kind);
    if (group.length === 0) continue;
    lines.push('', `${HEADINGS[kind]} (${group.length}):`);
    for (const problem of group) lines.push(`  - ${problem.message}`);
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = process.argv[2] ?? fileURLToPath(new URL('../..', import.meta.url));
  const problems = checkLocales(root);
  (problems.length === 0 ? process.stdout : process.stderr).write(formatProblems(problems));
  process.exitCode = problems.length === 0 ? 0 : 1;
}
