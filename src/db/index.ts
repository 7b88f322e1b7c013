// The local store: the only way the app reads and writes IndexedDB.
export {
  db,
  DB_NAME,
  KlimapartnerDb,
  type Checkpoint,
  type RemoteAttachment,
  type RecordConflict,
  type RecordRejection,
  type StoredRow,
  type SyncMeta,
} from './database';
export * from './records';
export * from './drafts';
export * from './storage';
export * from './storageErrors';
export * from './meta';
export { onLocalChange, type LocalChange, type LocalChangeListener } from './localChanges';
export * from './syncStore';
export * from './photos';
export {
  dropUnsendablePhoto,
  isPhotoUpload,
  listPhotoUploads,
  readPhotoFiles,
  type PhotoUpload,
} from './photoSync';
export * from './device';
