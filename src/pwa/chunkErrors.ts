// Recognises the error a browser gives when code of the app cannot be loaded: after an update
// the old page asks for files of its own version, which the server and the cache no longer have.

const PATTERNS = [
  /Failed to fetch dynamically imported module/i, // Chromium
  /error loading dynamically imported module/i, // Firefox
  /Importing a module script failed/i, // Safari
  /Unable to preload CSS/i, // Vite's preload helper
  /Loading (CSS )?chunk .* failed/i,
];

/** True when `error` says that a part of the app (a lazy chunk) failed to load. */
export function isChunkLoadError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return PATTERNS.some((pattern) => pattern.test(error.message));
}
