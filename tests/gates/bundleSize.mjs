// @ts-check
// Bundle gate: the gzip size of the JavaScript the first screen needs, read from a production build
// made with `build.manifest`. "Needed for the first screen" = the scripts the built index.html loads
// or modulepreloads, plus everything they import statically (per the Vite manifest); lazy chunks
// (routes, locale files) are not counted. Sizes are gzip at zlib's default level, as the server
// sends them.
//
//   node tests/gates/bundleSize.mjs [distDir]   (default .tmp/gates-dist; exit 1 over the budget)
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget: 160 kB of gzip JavaScript (kB = 1000 bytes). */
export const FIRST_SCREEN_BUDGET = 160 * 1000;

/**
 * One chunk as the Vite manifest describes it.
 * @typedef {{ file: string, src?: string, isEntry?: boolean, imports?: string[] }} ManifestChunk
 */

/**
 * @typedef {object} ScriptSize
 * @property {string} file Path inside the build, e.g. `assets/index-abc123.js`.
 * @property {number} bytes Size on disk.
 * @property {number} gzip Size gzip-compressed.
 * @property {string} reason Why it counts: `index.html script`, `modulepreload` or `static import`.
 */

/**
 * Same-origin script URLs in the built index.html: module scripts and modulepreload links.
 * @param {string} html
 * @returns {{ file: string, reason: string }[]}
 */
export function scriptsInHtml(html) {
  /** @type {{ file: string, reason: string }[]} */
  const found = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (/** @type {string} */ name) =>
      new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
    const isScript = /^<script/i.test(tag);
    const url = isScript ? attr('src') : attr('rel') === 'modulepreload' ? attr('href') : undefined;
    if (!url || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(url)) continue;
    found.push({
      file: url.replace(/^\.?\//, '').replace(/[?#].*$/, ''),
      reason: isScript ? 'index.html script' : 'modulepreload',
    });
  }
  return found;
}

/**
 * The first screen's scripts with their sizes: index.html's scripts and modulepreloads, the
 * manifest's HTML entry, and the closure of their static imports.
 * @param {string} distDir A build made with `build.manifest: true`.
 * @returns {ScriptSize[]}
 */
export function firstScreenScripts(distDir) {
  const manifestFile = path.join(distDir, '.vite', 'manifest.json');
  if (!existsSync(manifestFile)) {
    throw new Error(`${manifestFile} is missing: build with \`build.manifest: true\`.`);
  }
  /** @type {Record<string, ManifestChunk>} */
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');

  /** @type {Map<string, string>} manifest key of each output file */
  const keyOfFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]));
  /** @type {Map<string, string>} file → reason, in the order found */
  const needed = new Map();
  /** @type {string[]} */
  const queue = [];
  const add = (/** @type {string} */ file, /** @type {string} */ reason) => {
    if (needed.has(file)) return;
    needed.set(file, reason);
    queue.push(file);
  };

  for (const { file, reason } of scriptsInHtml(html)) add(file, reason);
  for (const chunk of Object.values(manifest)) {
    if (chunk.isEntry && chunk.src?.endsWith('.html')) add(chunk.file, 'index.html script');
  }
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    const key = keyOfFile.get(file);
    for (const imported of (key && manifest[key]?.imports) || []) {
      const chunk = manifest[imported];
      if (!chunk) throw new Error(`The manifest names ${imported} but has no entry for it.`);
      add(chunk.file, 'static import');
    }
  }

  return [...needed].map(([file, reason]) => {
    const content = readFileSync(path.join(distDir, file));
    return { file, bytes: content.length, gzip: gzipSync(content).length, reason };
  });
}

/** @param {number} bytes */
const kB = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;

/**
 * A table of the scripts, their sum and the verdict.
 * @param {ScriptSize[]} scripts
 * @param {number} [budget]
 * @returns {{ text: string, total: number, ok: boolean }}
 */
export function bundleReport(scripts, budget = FIRST_SCREEN_BUDGET) {
  const total = scripts.reduce((sum, script) => sum + script.gzip, 0);
  const width = Math.max(4, ...scripts.map((script) => script.file.length));
  const row = (/** @type {string[]} */ cells) =>
    `${cells[0]?.padEnd(width)}  ${cells[1]?.padStart(10)}  ${cells[2]?.padStart(10)}  ${cells[3]}`;
  const ok = total <= budget;
  const lines = [
    'JavaScript for the first screen (gzip):',
    row(['file', 'raw', 'gzip', 'why']),
    ...scripts.map((script) =>
      row([script.file, kB(script.bytes), kB(script.gzip), script.reason]),
    ),
    row([
      'total',
      kB(scripts.reduce((sum, script) => sum + script.bytes, 0)),
      kB(total),
      `budget ${kB(budget)}: ${ok ? 'ok' : `OVER by ${kB(total - budget)}`}`,
    ]),
  ];
  return { text: lines.join('\n'), total, ok };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const distDir = path.resolve(process.argv[2] ?? path.join(root, '.tmp', 'gates-dist'));
  const report = bundleReport(firstScreenScripts(distDir));
  process.stdout.write(`${report.text}\n`);
  process.exitCode = report.ok ? 0 : 1;
}
