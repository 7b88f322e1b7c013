// Test helpers for the embedded CouchDB-compatible server: start it (in memory by default) behind
// the production server on a free port, and talk to it over HTTP with a cookie like a browser.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCouchServer, type CouchServerOptions } from '../../server/couch/embedded.mjs';
import { startServer } from '../../server/index.mjs';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const tmpRoot = path.join(root, '.tmp', 'server-tests');

export const ADMIN = { name: 'admin', password: 'test-admin-password' };
export const DEMO_PASSWORD = 'klimapartner-demo';

/** A minimal build folder: the production server refuses to start without index.html. */
function fixtureDist(): string {
  const dir = path.join(tmpRoot, 'dist');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Klimapartner</title>\n');
  return dir;
}

export interface TestServer {
  /** Base URL of the app, e.g. http://127.0.0.1:41234 */
  origin: string;
  /** Base URL of the CouchDB API: `${origin}/couch` */
  couchUrl: string;
  couch: Awaited<ReturnType<typeof createCouchServer>>;
  close: () => Promise<void>;
}

export interface TestServerOptions extends Omit<CouchServerOptions, 'adminPassword'> {
  /** Default: ADMIN.password; null: let the server generate one (or read it from admin.json). */
  adminPassword?: string | null;
}

/** Starts the app server with the embedded CouchDB under /couch on a free port. */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const { adminPassword = ADMIN.password, ...rest } = options;
  const couch = await createCouchServer({
    inMemory: true,
    adminName: ADMIN.name,
    demoPassword: DEMO_PASSWORD,
    ...(adminPassword === null ? {} : { adminPassword }),
    ...rest,
  });
  const running = await startServer({ port: 0, distDir: fixtureDist(), couchApp: couch.app });
  return {
    origin: running.url,
    couchUrl: `${running.url}/couch`,
    couch,
    async close() {
      await running.close();
      await couch.close();
    },
  };
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- CouchDB JSON
  headers: Headers;
}

/** A client that keeps the AuthSession cookie between requests, as a browser on the same origin. */
export class CouchSession {
  cookie: string | undefined;
  constructor(
    readonly baseUrl: string,
    private readonly basicAuth?: { name: string; password: string },
  ) {}

  async request(method: string, urlPath: string, body?: unknown): Promise<Reply> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (this.cookie) headers['Cookie'] = this.cookie;
    if (this.basicAuth) {
      const { name, password } = this.basicAuth;
      headers['Authorization'] = `Basic ${Buffer.from(`${name}:${password}`).toString('base64')}`;
    }
    const response = await fetch(this.baseUrl + urlPath, {
      method,
      headers,
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair] = setCookie.split(';');
      if (pair?.startsWith('AuthSession=')) {
        this.cookie = pair === 'AuthSession=' ? undefined : pair;
      }
    }
    const text = await response.text();
    let parsed: unknown = null;
    if (text !== '') {
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
    }
    return { status: response.status, body: parsed, headers: response.headers };
  }

  /** POST /_session with name and password; keeps the cookie. */
  login(name: string, password: string): Promise<Reply> {
    return this.request('POST', '/_session', { name, password });
  }
}

/** A record as the app stores it on the server, with the meta every record carries. */
export function record(
  type: string,
  id: string,
  partnershipId: string,
  user: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const now = new Date().toISOString();
  return {
    _id: id,
    type,
    partnershipId,
    createdAt: now,
    createdBy: user,
    updatedAt: now,
    updatedBy: user,
    lang: 'de',
    reviewState: 'unreviewed',
    ...extra,
  };
}
