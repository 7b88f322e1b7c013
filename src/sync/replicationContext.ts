// What one replication run shares between its pull and push: the device's store, the client,
// the signed-in user, batch sizes, whether photos may travel and the report being filled in.
import type { KlimapartnerDb } from '../db';
import type { CouchClient } from './couchClient';

export interface SyncError {
  partnershipId?: string;
  code: 'offline' | 'unauthorized' | 'forbidden' | 'notFound' | 'server' | 'quota' | 'badData';
  detail?: string;
}

export interface SyncReport {
  /** Records changed or removed on this device by what the server sent. */
  pulled: number;
  /** Documents the server accepted. */
  pushed: number;
  /** Records that got a conflict for a person in this run. */
  conflicts: number;
  /** Documents the server refused in this run (kept on the record as a rejection). */
  rejected: number;
  /** Photos held back by the setting "photos only on Wi-Fi" (on mobile data). Absent: none. */
  photosWaiting?: number;
  errors: SyncError[];
}

export interface ReplicationContext {
  db: KlimapartnerDb;
  client: CouchClient;
  user: string;
  pullBatchSize: number;
  pushBatchSize: number;
  /** Photos may be sent in this run (not held back by the "only on Wi-Fi" setting). */
  photosAllowed: boolean;
  report: SyncReport;
}
