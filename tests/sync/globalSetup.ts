// Starts ONE in-memory embedded server for the whole sync test run (PouchDB allows one per
// process) and hands its CouchDB URL to the tests (`inject('couchUrl')`).
import type { TestProject } from 'vitest/node';
import { startTestServer } from '../server/couchTestServer';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer();
  project.provide('couchUrl', server.couchUrl);
  return async () => {
    await server.close();
  };
}
