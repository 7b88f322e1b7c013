// The errors of the CouchDB client: no reply at all, or a reply that says no.

/** The request got no (complete) reply: offline, connection lost, DNS, CORS, aborted. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/**
 * The server answered with an HTTP error (`error`/`reason` from CouchDB's JSON body), or with
 * a body that is not what CouchDB sends (`error` = 'bad_response', status as received).
 */
export class CouchHttpError extends Error {
  override readonly name = 'CouchHttpError';
  constructor(
    readonly status: number,
    readonly error: string,
    readonly reason: string,
  ) {
    super(`${status} ${error}: ${reason}`);
  }
}

export function badResponse(status: number, what: string): CouchHttpError {
  return new CouchHttpError(status, 'bad_response', what);
}
