// Drafts: what a person typed into a form and has not saved yet, kept until saved or discarded.
import { db, type StoredDraft } from './database';

export type Draft = StoredDraft;

export function loadDraft(key: string): Promise<Draft | undefined> {
  return db.drafts.get(key);
}

export async function saveDraft(draft: Omit<Draft, 'updatedAt'>): Promise<void> {
  await db.drafts.put({ ...draft, updatedAt: new Date().toISOString() });
}

export async function deleteDraft(key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** All open drafts, newest first. */
export function listDrafts(): Promise<Draft[]> {
  return db.drafts.orderBy('updatedAt').reverse().toArray();
}
