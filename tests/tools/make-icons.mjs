// @ts-check
// Renders the PNG icons of the web app manifest (and the iOS home-screen icon) from
// public/icon.svg in Debian's Chromium. Run after changing the SVG, then commit the PNGs:
//   node tests/tools/make-icons.mjs
// "any" icons keep the SVG's rounded corners; the maskable and Apple icons fill the whole square
// (the platform cuts its own shape) and keep the drawing inside the central safe zone.
import { readFile } from 'node:fs/promises';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const publicDir = path.join(root, 'public');
const BACKGROUND = '#0b5d3b';

/**
 * The SVG without its rounded background, to place on a full square.
 * @param {string} svg
 */
function drawingOnly(svg) {
  return svg.replace(/<rect[^>]*\/>/, '');
}

/**
 * @param {string} svg the source icon
 * @param {number} size output size in px
 * @param {boolean} fullBleed fill the square and shrink the drawing to `scale`
 * @param {number} scale share of the square the 64-unit drawing takes
 */
function page(svg, size, fullBleed, scale) {
  const inner = fullBleed ? drawingOnly(svg) : svg;
  const drawn = Math.round(size * scale);
  const offset = Math.round((size - drawn) / 2);
  const background = fullBleed ? BACKGROUND : 'transparent';
  const image = inner.replace('<svg ', `<svg width="${drawn}" height="${drawn}" `);
  return `<!doctype html><html><head><style>
    html, body { margin: 0; background: transparent; }
    .box { width: ${size}px; height: ${size}px; background: ${background}; position: relative; }
    .box svg { position: absolute; inset-inline-start: ${offset}px; top: ${offset}px; }
  </style></head><body><div class="box">${image}</div></body></html>`;
}

const ICONS = [
  { file: 'pwa-192x192.png', size: 192, fullBleed: false, scale: 1 },
  { file: 'pwa-512x512.png', size: 512, fullBleed: false, scale: 1 },
  // The drawing reaches 20 of 64 units from the centre; at 0.9 that is 28 % of the side, inside
  // the maskable safe zone (a circle of 40 %).
  { file: 'maskable-512x512.png', size: 512, fullBleed: true, scale: 0.9 },
  { file: 'apple-touch-icon.png', size: 180, fullBleed: true, scale: 0.9 },
];

async function main() {
  const svg = (await readFile(path.join(publicDir, 'icon.svg'), 'utf8')).trim();
  mkdirSync(publicDir, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const icon of ICONS) {
      const context = await browser.newContext({
        viewport: { width: icon.size, height: icon.size },
        deviceScaleFactor: 1,
      });
      const tab = await context.newPage();
      await tab.setContent(page(svg, icon.size, icon.fullBleed, icon.scale));
      await tab.locator('.box').screenshot({
        path: path.join(publicDir, icon.file),
        omitBackground: !icon.fullBleed,
      });
      await context.close();
      process.stdout.write(`public/${icon.file}\n`);
    }
  } finally {
    await browser.close();
  }
}

await main();
