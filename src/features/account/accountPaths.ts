// The URLs of the account and sync screens.
export const SIGN_IN_PATH = '/sign-in';
export const SYNC_PATH = '/sync';
