// The JavaScript the first screen needs stays within 160 kB gzip (see bundleSize.mjs).
import { describe, expect, inject, it } from 'vitest';
import { FIRST_SCREEN_BUDGET, bundleReport, firstScreenScripts } from './bundleSize.mjs';

describe('bundle budget', () => {
  it(`first screen's JavaScript is at most ${FIRST_SCREEN_BUDGET / 1000} kB gzip`, () => {
    const scripts = firstScreenScripts(inject('gatesDistDir'));
    const report = bundleReport(scripts);
    process.stdout.write(`\n${report.text}\n\n`);
    expect(scripts.length).toBeGreaterThan(0);
    expect(report.total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET);
  });
});
