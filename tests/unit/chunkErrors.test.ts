import { describe, expect, it } from 'vitest';
import { isChunkLoadError } from '../../src/pwa/chunkErrors';

describe('recognising a part of the app that failed to load', () => {
  it.each([
    'Failed to fetch dynamically imported module: https://app.example/assets/SettingsScreen-abc.js',
    'error loading dynamically imported module: https://app.example/assets/SearchScreen-abc.js',
    'Importing a module script failed.',
    'Unable to preload CSS for /assets/measures-abc.css',
  ])('recognises "%s"', (message) => {
    expect(isChunkLoadError(new TypeError(message))).toBe(true);
  });

  it('leaves other errors to the crash message', () => {
    expect(
      isChunkLoadError(new TypeError("Cannot read properties of undefined (reading 'id')")),
    ).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});
