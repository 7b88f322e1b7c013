// The local store: the only way the app reads and writes IndexedDB.
export { db, DB_NAME, KlimapartnerDb, type StoredRow, type SyncMeta } from './database';
export * from './records';
export * from './drafts';
export * from './storage';
