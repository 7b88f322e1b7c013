// A screen whose code cannot be loaded any more (the app was updated in the meantime) asks for a
// reload in plain words instead of showing the crash message.
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';

function Throws({ error }: { error: Error }): never {
  throw error;
}

describe('a screen that fails to load', () => {
  it('says the app was updated and offers a reload', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const error = new TypeError(
      'Failed to fetch dynamically imported module: http://localhost/assets/SettingsScreen-x.js',
    );
    render(
      <ErrorBoundary>
        <Throws error={error} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Klimapartner wurde aktualisiert');
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeVisible();
  });

  it('keeps the crash message for other errors', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ErrorBoundary>
        <Throws error={new Error('boom')} />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent('Klimapartner wurde aktualisiert');
  });
});
