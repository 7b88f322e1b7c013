// The locale check on the real project, and the checker itself on small fixture projects
// (tests/fixtures/locales-*/ each hold a locales/ and a src/ folder).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLocales, formatProblems } from '../tools/check-locales.mjs';
import type { Problem } from '../tools/check-locales.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fixture = (name: string) => path.join(root, 'tests', 'fixtures', `locales-${name}`);

/** Compact view for readable assertions: kind, language, key. */
const summary = (problems: Problem[]) =>
  problems.map(({ kind, language, key }) => [kind, language ?? '', key ?? ''].join(' '));

describe('locales of the project', () => {
  it('are complete, in sync with German and all used', () => {
    const problems = checkLocales(root);
    expect(problems.map((problem) => problem.message)).toEqual([]);
  });
});

describe('checkLocales', () => {
  it('accepts a consistent project (literal, plural, ordinal, dynamic prefix, $t nesting)', () => {
    expect(formatProblems(checkLocales(fixture('ok')))).toBe('Locale check: OK\n');
  });

  it('counts keys matched by a template literal with a static prefix as used', () => {
    const unused = checkLocales(fixture('ok')).filter((problem) => problem.kind === 'unused-key');
    expect(unused).toEqual([]);
  });

  it('reports missing and extra keys and missing namespace files', () => {
    expect(summary(checkLocales(fixture('missing')))).toEqual([
      'missing-namespace en ',
      'missing-key en subtitle',
      'extra-key en leftover',
    ]);
  });

  it('reports keys not used in src/, but not keys under a dynamic prefix', () => {
    const problems = checkLocales(fixture('unused'));
    expect(summary(problems)).toEqual(['unused-key de forgotten']);
    expect(problems[0]?.message).toContain('"forgotten" is not used in src/');
  });

  it('reports incomplete plural forms per language and forms a language does not use', () => {
    expect(summary(checkLocales(fixture('plural')))).toEqual([
      'plural-missing de people',
      'plural-missing en items',
      'plural-extra en items_few',
      'plural-missing pl items',
    ]);
    const pl = checkLocales(fixture('plural')).find((problem) => problem.language === 'pl');
    expect(pl?.message).toContain('_few, _many');
  });

  it('reports empty and non-string values and references to keys German lacks', () => {
    const problems = checkLocales(fixture('bad'));
    expect(summary(problems)).toEqual([
      'empty-value de title',
      'not-string de count',
      'not-string de list',
      'empty-value de group',
      'unknown-key  okay',
      'unknown-key  nothing.${…}',
    ]);
    expect(problems.find((problem) => problem.key === 'okay')?.message).toBe(
      "src/app.tsx:4: 'app:okay' does not exist in de/app.json",
    );
  });

  it('reports unreadable JSON and a missing source language', () => {
    mkdirSync(path.join(root, '.tmp'), { recursive: true });
    const tmp = mkdtempSync(path.join(root, '.tmp', 'locales-'));
    try {
      expect(summary(checkLocales(tmp))).toEqual(['no-locales  ']);
      mkdirSync(path.join(tmp, 'locales', 'de'), { recursive: true });
      writeFileSync(path.join(tmp, 'locales', 'de', 'app.json'), '{ "title": ');
      expect(summary(checkLocales(tmp))).toEqual(['invalid-json de ']);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});
