import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderAt } from '../helpers/renderApp';

describe('app shell', () => {
  it('shows the header in German and a not-found message for unknown paths', async () => {
    renderAt('/does-not-exist');
    expect(await screen.findByText('Diese Seite gibt es nicht (mehr).')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Einstellungen/ })).toHaveAttribute(
      'href',
      '/settings',
    );
  });
});
