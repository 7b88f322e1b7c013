// Who is using this device: the name recorded as author of records. Preferences only, never records.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';

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

/** The author name to record on a save. */
export function currentUser(): string {
  return useSessionStore.getState().userName;
}
