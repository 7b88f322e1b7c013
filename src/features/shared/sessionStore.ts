// Who is using this device: the name recorded as author of records. Preferences only, never records.
// Signed in, the author is the CouchDB user (the server checks it); otherwise the name typed in
// the settings.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { getAccount } from '../../sync/accountStore';

interface SessionState {
  userName: string;
  setUserName: (name: string) => void;
}

export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      userName: '',
      setUserName: (userName) => set({ userName: userName.trim() }),
    }),
    { name: 'klimapartner.session' },
  ),
);

/** The author name to record on a save: the signed-in user's, else the one set in the settings. */
export function currentUser(): string {
  return getAccount().user?.name ?? useSessionStore.getState().userName;
}
