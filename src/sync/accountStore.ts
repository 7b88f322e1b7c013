// Who is signed in on this device, as the screens and the author stamp need it synchronously:
// a copy of the session kept in the db meta table (session.ts writes both). Session state only.
import { create } from 'zustand';

export interface SessionUser {
  /** The CouchDB user name. */
  name: string;
  /** The user's roles: `p-<ULID>` for each partnership, `coordinator`, others. */
  roles: string[];
}

export interface AccountState {
  /** False until the stored session has been read at start-up. */
  loaded: boolean;
  /** The last known signed-in user (kept offline), or null when signed out. */
  user: SessionUser | null;
  /** The server no longer accepts the session: the password is needed again. */
  expired: boolean;
}

export const useAccount = create<AccountState>()(() => ({
  loaded: false,
  user: null,
  expired: false,
}));

export function getAccount(): AccountState {
  return useAccount.getState();
}

export function setAccount(user: SessionUser | null, expired = false): void {
  useAccount.setState({ loaded: true, user, expired: user !== null && expired });
}
