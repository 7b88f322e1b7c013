// Values handed from tests/e2e/globalSetup.ts to the browser tests via `inject()`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the production server serving the e2e build, without trailing slash. */
    baseURL: string;
    /** The embedded CouchDB server's admin (under `${baseURL}/couch`), to provision in tests. */
    couchAdmin: { name: string; password: string };
  }
}
