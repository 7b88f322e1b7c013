// Values handed from tests/gates/globalSetup.ts to the gates via `inject()`.
export {};

declare module 'vitest' {
  export interface ProvidedContext {
    /** The production build the gates check (made with `build.manifest`). */
    gatesDistDir: string;
    /** Base URL of the production server serving that build, without trailing slash. */
    gatesBaseURL: string;
  }
}
