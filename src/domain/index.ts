// The domain: record types, schemas, ids, vocabularies and rules. Pure: no React, Dexie, i18next or fetch.
export * from './ids';
export * from './vocabulary';
export * from './measureStatus';
export * from './records';
export * from './recordText';
export * from './merge';
export * from './photos';
export { FIELD_SCHEMAS } from './schemas';
