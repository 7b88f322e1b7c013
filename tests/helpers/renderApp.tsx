// Render a screen (or the whole app) as a person would see it: German, real IndexedDB, a router
// that starts at a given path and remembers where navigation went.
import { render, type RenderResult } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { App } from '../../src/app/App';

export interface Rendered extends RenderResult {
  /** The current path of the in-memory router. */
  location: () => string;
  navigate: (path: string) => void;
}

export function renderAt(path: string, ui?: ReactNode): Rendered {
  const memory = memoryLocation({ path, record: true });
  const result = render(
    <Router hook={memory.hook} searchHook={memory.searchHook}>
      <Suspense fallback={<p>loading</p>}>{ui ?? <App />}</Suspense>
    </Router>,
  );
  return {
    ...result,
    location: () => memory.history?.at(-1) ?? path,
    navigate: (to: string) => memory.navigate(to),
  };
}
