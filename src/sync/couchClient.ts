// The CouchDB HTTP API as the app uses it: session, `_changes`, `_bulk_docs`, `_all_docs`,
// documents and attachments. `fetch` lives only in src/sync; the session cookie (HttpOnly) is the
// browser's business (`credentials: 'include'`), no password is ever kept.
import { badResponse, CouchHttpError, NetworkError } from './couchErrors';

export { CouchHttpError, NetworkError } from './couchErrors';

export interface SessionInfo {
  /** null when nobody is signed in. */
  name: string | null;
  roles: string[];
}

/** A document as CouchDB sends it: `_id`, `_rev` and the body (anything, checked by the caller). */
export type CouchDoc = Record<string, unknown> & { _id: string; _rev: string };

export interface ChangeRow {
  id: string;
  seq: string | number;
  changes: { rev: string }[];
  deleted?: boolean;
  doc?: CouchDoc | null;
}

export interface ChangesResponse {
  results: ChangeRow[];
  last_seq: string | number;
}

export interface ChangesOptions {
  since: string | number;
  limit: number;
}

export type BulkDocsResult =
  | { id: string; ok: true; rev: string }
  | { id: string; ok?: undefined; error: string; reason?: string };

export interface AllDocsRow {
  key: string;
  id?: string;
  value?: { rev: string; deleted?: boolean };
  doc?: CouchDoc | null;
  error?: string;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface CouchClientOptions {
  /** Where the CouchDB API is: `/couch` on the app's own origin unless configured otherwise. */
  baseUrl?: string;
  fetch?: FetchLike;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function sessionOf(status: number, value: unknown): SessionInfo {
  const ctx = isObject(value) && isObject(value['userCtx']) ? value['userCtx'] : value;
  if (!isObject(ctx)) throw badResponse(status, 'no session in the reply');
  const name = typeof ctx['name'] === 'string' ? ctx['name'] : null;
  const roles = Array.isArray(ctx['roles'])
    ? ctx['roles'].filter((r) => typeof r === 'string')
    : [];
  return { name, roles };
}

export function createCouchClient(options: CouchClientOptions = {}) {
  const baseUrl = (options.baseUrl ?? '/couch').replace(/\/+$/, '');
  const fetchImpl: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request(method: string, path: string, body?: unknown): Promise<unknown> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method, headers, credentials: 'include' };
    if (body !== undefined) init.body = JSON.stringify(body);
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(baseUrl + path, init);
      text = await response.text();
    } catch (error) {
      throw new NetworkError(`${method} ${path}: no reply`, { cause: error });
    }
    let parsed: unknown = null;
    try {
      parsed = text === '' ? null : JSON.parse(text);
    } catch {
      if (response.ok) throw badResponse(response.status, `${method} ${path}: not JSON`);
    }
    if (!response.ok) {
      const reply = isObject(parsed) ? parsed : {};
      throw new CouchHttpError(
        response.status,
        typeof reply['error'] === 'string' ? reply['error'] : `http_${response.status}`,
        typeof reply['reason'] === 'string' ? reply['reason'] : response.statusText,
      );
    }
    return parsed;
  }

  const dbPath = (db: string) => `/${encodeURIComponent(db)}`;
  const docPath = (db: string, id: string) => `${dbPath(db)}/${encodeURIComponent(id)}`;

  return {
    baseUrl,

    async getSession(): Promise<SessionInfo> {
      return sessionOf(200, await request('GET', '/_session'));
    },

    /** POST /_session: the server sets the session cookie; a wrong password is a 401. */
    async signIn(name: string, password: string): Promise<SessionInfo> {
      const reply = await request('POST', '/_session', { name, password });
      const session = sessionOf(200, reply);
      return { ...session, name: session.name ?? name };
    },

    async signOut(): Promise<void> {
      await request('DELETE', '/_session');
    },

    /** One batch of `_changes` (documents and server-side conflicts included). */
    async changes(db: string, { since, limit }: ChangesOptions): Promise<ChangesResponse> {
      const query = new URLSearchParams({
        since: String(since),
        limit: String(limit),
        include_docs: 'true',
        conflicts: 'true',
        style: 'main_only',
      });
      const reply = await request('GET', `${dbPath(db)}/_changes?${query}`);
      if (!isObject(reply) || !Array.isArray(reply['results']) || reply['last_seq'] === undefined) {
        throw badResponse(200, '_changes without results');
      }
      return reply as unknown as ChangesResponse;
    },

    /** POST `_bulk_docs`: one result per document, in the order sent. */
    async bulkDocs(
      db: string,
      docs: readonly Record<string, unknown>[],
    ): Promise<BulkDocsResult[]> {
      const reply = await request('POST', `${dbPath(db)}/_bulk_docs`, { docs });
      if (!Array.isArray(reply) || reply.length !== docs.length) {
        throw badResponse(201, '_bulk_docs results do not match the documents');
      }
      return reply as BulkDocsResult[];
    },

    /** The current revisions of some documents (deleted ones as `value.deleted`, doc null). */
    async allDocs(db: string, keys: readonly string[]): Promise<AllDocsRow[]> {
      const query = 'include_docs=true&conflicts=true';
      const reply = await request('POST', `${dbPath(db)}/_all_docs?${query}`, { keys });
      if (!isObject(reply) || !Array.isArray(reply['rows'])) {
        throw badResponse(200, '_all_docs without rows');
      }
      return reply['rows'] as AllDocsRow[];
    },

    async getDoc(db: string, id: string, conflicts = false): Promise<CouchDoc> {
      const reply = await request('GET', `${docPath(db, id)}${conflicts ? '?conflicts=true' : ''}`);
      if (!isObject(reply) || typeof reply['_rev'] !== 'string')
        throw badResponse(200, 'no document');
      return reply as CouchDoc;
    },

    /**
     * GET /{db}/{docid}/{attachment}: the attachment's bytes and content type, as they are (not
     * JSON). A missing document or attachment is a 404 CouchHttpError.
     */
    async getAttachment(
      db: string,
      id: string,
      name: string,
    ): Promise<{ data: ArrayBuffer; contentType: string }> {
      const path = `${docPath(db, id)}/${encodeURIComponent(name)}`;
      let response: Response;
      let data: ArrayBuffer;
      try {
        response = await fetchImpl(baseUrl + path, { method: 'GET', credentials: 'include' });
        data = await response.arrayBuffer();
      } catch (error) {
        throw new NetworkError(`GET ${path}: no reply`, { cause: error });
      }
      if (!response.ok) {
        let reply: unknown = null;
        try {
          reply = JSON.parse(new TextDecoder().decode(data));
        } catch {
          // Not CouchDB's JSON error (a proxy's page): the status says enough.
        }
        const body = isObject(reply) ? reply : {};
        throw new CouchHttpError(
          response.status,
          typeof body['error'] === 'string' ? body['error'] : `http_${response.status}`,
          typeof body['reason'] === 'string' ? body['reason'] : response.statusText,
        );
      }
      const contentType = response.headers.get('Content-Type') ?? 'application/octet-stream';
      return { data, contentType: contentType.split(';')[0]?.trim() ?? contentType };
    },

    /** Given revisions of a document (`open_revs`); missing ones are left out. */
    async getDocRevs(db: string, id: string, revs: readonly string[]): Promise<CouchDoc[]> {
      const query = new URLSearchParams({ open_revs: JSON.stringify(revs) });
      const reply = await request('GET', `${docPath(db, id)}?${query}`);
      if (!Array.isArray(reply)) throw badResponse(200, 'open_revs without a list');
      return reply.flatMap((entry: unknown) =>
        isObject(entry) && isObject(entry['ok']) ? [entry['ok'] as CouchDoc] : [],
      );
    },
  };
}

export type CouchClient = ReturnType<typeof createCouchClient>;
