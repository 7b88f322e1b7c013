// Test set-up: a real IndexedDB implementation (fake-indexeddb), DOM matchers, a clean database
// and i18n in German before each test.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach } from 'vitest';
import { db } from '../src/db';
import { initI18n } from '../src/i18n';

beforeAll(async () => {
  await initI18n('de');
});

beforeEach(async () => {
  await db.open();
  await Promise.all([
    db.records.clear(),
    db.drafts.clear(),
    db.meta.clear(),
    db.photoFiles.clear(),
  ]);
  localStorage.clear();
});

afterEach(() => {
  cleanup();
});
