// Installing the app: keeps the browser's install offer (`beforeinstallprompt`, Chromium) for our
// own button, knows when the app runs installed (standalone), and recognises iPhone and iPad,
// where installing is a manual step through Safari's share menu.
import { create } from 'zustand';

/** The id of the settings section about installing; the header's install link leads there. */
export const INSTALL_SECTION_ID = 'settings-install';

/** Chromium's install offer; not in TypeScript's DOM types. */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>;
}

export interface InstallState {
  /** The app runs as an installed app (display-mode standalone, or iOS home screen). */
  readonly standalone: boolean;
  /** The browser offers installation: our button can show its dialog. */
  readonly canPrompt: boolean;
  /** Installed from this tab just now (the app opens from the home screen or app list). */
  readonly installed: boolean;
  /** iPhone or iPad in the browser: installing is "Add to Home Screen" in the share menu. */
  readonly iosManual: boolean;
}

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

/** iOS and iPadOS (which says it is a Mac, but has touch). */
export function isIos(userAgent: string, platform: string, maxTouchPoints: number): boolean {
  return /iPad|iPhone|iPod/.test(userAgent) || (platform === 'MacIntel' && maxTouchPoints > 1);
}

/** The install state for the UI (a zustand hook). */
export const useInstallState = create<InstallState>()(() => ({
  standalone: false,
  canPrompt: false,
  installed: false,
  iosManual: false,
}));

let offer: BeforeInstallPromptEvent | null = null;
let capturing = false;

/**
 * Starts listening for the browser's install offer. Call before the app renders: Chromium fires
 * `beforeinstallprompt` once, early, and a listener added later misses it.
 */
export function captureInstallPrompt(): void {
  if (capturing || typeof window === 'undefined' || typeof window.matchMedia !== 'function') return;
  capturing = true;
  const standalone = isStandalone();
  useInstallState.setState({
    standalone,
    iosManual:
      !standalone && isIos(navigator.userAgent, navigator.platform, navigator.maxTouchPoints),
  });
  window.addEventListener('beforeinstallprompt', (event) => {
    // Our own button instead of the browser's mini bar.
    event.preventDefault();
    offer = event as BeforeInstallPromptEvent;
    useInstallState.setState({ canPrompt: true });
  });
  window.addEventListener('appinstalled', () => {
    offer = null;
    useInstallState.setState({ canPrompt: false, installed: true });
  });
  window.matchMedia('(display-mode: standalone)').addEventListener('change', () => {
    useInstallState.setState({ standalone: isStandalone() });
  });
}

/**
 * Shows the browser's install dialog. An offer can be used once; after a "no" the browser may
 * offer again later, and the button comes back then.
 */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const current = offer;
  if (!current) return 'unavailable';
  offer = null;
  useInstallState.setState({ canPrompt: false });
  await current.prompt();
  const { outcome } = await current.userChoice;
  return outcome;
}
