import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from '../pwa/chunkErrors';
import { AppUpdatedMessage } from './pwa/AppUpdatedMessage';

function CrashMessage({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">{t('common:crash.title')}</p>
      <p>{t('common:crash.explanation')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t('common:crash.retry')}
        </button>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('common:crash.reload')}
        </button>
      </div>
    </div>
  );
}

/**
 * Keeps one broken screen from blanking the app; drafts are already in IndexedDB. A screen whose
 * code no longer exists on the server (the app was updated meanwhile) asks for a reload instead.
 */
export class ErrorBoundary extends Component<
  { children: ReactNode; resetKey?: string },
  { failed: boolean; updated: boolean }
> {
  override state = { failed: false, updated: false };

  static getDerivedStateFromError(error: unknown) {
    return { failed: true, updated: isChunkLoadError(error) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Screen crashed', error, info.componentStack);
  }

  override componentDidUpdate(previous: { resetKey?: string }) {
    if (this.state.failed && previous.resetKey !== this.props.resetKey)
      this.setState({ failed: false, updated: false });
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return this.state.updated ? (
      <AppUpdatedMessage />
    ) : (
      <CrashMessage onRetry={() => this.setState({ failed: false })} />
    );
  }
}
