// @ts-check
// The demo partnership and its accounts, provisioned by the embedded server on every start.
import { COORDINATOR_ROLE, partnershipRole } from './naming.mjs';

/**
 * The demo partnership's id. It must equal DEMO_PARTNERSHIP_ID in
 * src/features/partnerships/demoIds.ts (the app's demo data); tests/server checks that it does.
 */
export const DEMO_PARTNERSHIP_ID = 'partnership:01JDEM01000000000000000001';

/** The demo accounts' password unless KLIMAPARTNER_DEMO_PASSWORD sets another. */
export const DEFAULT_DEMO_PASSWORD = 'klimapartner-demo';

/**
 * @typedef {object} DemoAccount
 * @property {string} name
 * @property {string[]} roles
 * @property {string} description English, for the start-up message and the README.
 */

/** @type {readonly DemoAccount[]} */
export const DEMO_ACCOUNTS = Object.freeze([
  {
    name: 'expert',
    roles: [partnershipRole(DEMO_PARTNERSHIP_ID), 'expert'],
    description: 'expert on deployment, member of the demo partnership',
  },
  {
    name: 'partner',
    roles: [partnershipRole(DEMO_PARTNERSHIP_ID), 'partner'],
    description: 'partner-municipality staff, member of the demo partnership',
  },
  {
    name: 'coordinator',
    roles: [COORDINATOR_ROLE],
    description: 'programme coordinator, member of every partnership',
  },
]);
