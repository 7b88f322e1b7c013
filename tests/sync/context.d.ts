// Values handed from tests/sync/globalSetup.ts to the sync tests via `inject()`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The embedded server's CouchDB API, e.g. http://127.0.0.1:41234/couch */
    couchUrl: string;
  }
}
