// @ts-check
// Small corrections so the embedded server answers like CouchDB 3 where the app relies on it.

/**
 * `POST /{db}/_bulk_docs`: CouchDB answers one result per document in the order of the request.
 * express-pouchdb 4.2.0 (pouchdb-validation) puts rejected documents first; this puts the results
 * back in request order (matched by `_id`; results for documents without `_id` fill the remaining
 * places in the order they came).
 * @type {import('express').RequestHandler}
 */
export function bulkDocsInRequestOrder(req, res, next) {
  if (req.method !== 'POST' || !/^\/[^/]+\/_bulk_docs\/?$/.test(req.path)) {
    next();
    return;
  }
  const send = res.send.bind(res);
  /** @param {unknown} body */
  const reorderingSend = (body) => {
    const docs = /** @type {{ docs?: unknown } | undefined} */ (req.body)?.docs;
    if (
      res.statusCode !== 201 ||
      !Array.isArray(docs) ||
      !(Buffer.isBuffer(body) || typeof body === 'string')
    ) {
      return send(body);
    }
    /** @type {unknown} */
    let results;
    try {
      results = JSON.parse(body.toString());
    } catch {
      return send(body);
    }
    if (!Array.isArray(results) || results.length !== docs.length) return send(body);
    return send(Buffer.from(JSON.stringify(reorder(docs, results))));
  };
  res.send = /** @type {import('express').Response['send']} */ (reorderingSend);
  next();
}

/**
 * @param {unknown[]} docs the request's documents
 * @param {unknown[]} results one result per document, in any order
 * @returns {unknown[]} the results in the documents' order
 */
export function reorder(docs, results) {
  /** @type {Map<string, unknown[]>} */
  const byId = new Map();
  for (const result of results) {
    const id = /** @type {{ id?: unknown }} */ (result)?.id;
    if (typeof id !== 'string') continue;
    const list = byId.get(id) ?? [];
    list.push(result);
    byId.set(id, list);
  }
  const used = new Set();
  /** @type {unknown[]} */
  const ordered = docs.map((doc) => {
    const id = /** @type {{ _id?: unknown }} */ (doc)?._id;
    const match = typeof id === 'string' ? byId.get(id)?.shift() : undefined;
    if (match !== undefined) used.add(match);
    return match;
  });
  const rest = results.filter((result) => !used.has(result));
  return ordered.map((result) => (result === undefined ? rest.shift() : result));
}
