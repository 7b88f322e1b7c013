// @ts-check
// Provisioning CLI for any CouchDB 3 server (or the embedded one), over its HTTP API:
//
//   npm run provision -- --url https://couch.example.org --admin admin \
//     [--password-env VAR] --partnership partnership:<ULID> [--user name:password:roles …]
//
// Creates or updates, idempotently: the partnership's database, its _security, the validation
// design document, its entry in the coordinators' directory (kp-directory), and users with their
// roles. A second run with the same arguments changes
// nothing and says so. See server/couch/README.md.
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import {
  COORDINATOR_ROLE,
  databaseName,
  isPartnershipId,
  partnershipRole,
} from './couch/naming.mjs';
import {
  couchClient,
  DIRECTORY_DB,
  ensureDatabase,
  ensureUser,
  formatReport,
  provisionPartnership,
} from './couch/provisioning.mjs';

const USAGE = `Usage: npm run provision -- --url <CouchDB URL> --admin <name> [options]

Options:
  --url URL                 CouchDB server (e.g. https://couch.example.org, or …/couch behind a proxy)
  --admin NAME              server admin to act as (default: env KLIMAPARTNER_ADMIN, else "admin")
  --password-env VAR        read the admin's password from environment variable VAR
                            (otherwise it is asked for, without echo)
  --partnership ID          partnership:<ULID>; repeat for several
  --user NAME[:PASSWORD[:ROLES]]
                            create or update a user; repeat for several. ROLES is a comma list;
                            "member" stands for the role of every --partnership given.
                            PASSWORD "$VAR" reads environment variable VAR (quote it for the
                            shell); empty keeps an existing user's password and asks for a new
                            user's one. Existing roles are kept, missing ones added.
  --help                    show this text

Example:
  KP_ADMIN_PW=… npm run provision -- --url https://couch.example.org --admin admin \\
    --password-env KP_ADMIN_PW --partnership partnership:01JDEM01000000000000000001 \\
    --user 'anna:$ANNA_PW:member,expert' --user 'ben::coordinator'`;

/**
 * @typedef {object} UserArgument
 * @property {string} name
 * @property {string | undefined} password undefined: keep (existing) or ask (new)
 * @property {string[]} roles with "member" already expanded
 */

/**
 * Parses `name[:password[:roles]]`. With two or more colons the roles follow the last one, so a
 * password may contain colons.
 * @param {string} spec
 * @param {readonly string[]} partnershipIds for the "member" shorthand
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {UserArgument}
 */
export function parseUserSpec(spec, partnershipIds, env = process.env) {
  const first = spec.indexOf(':');
  const last = spec.lastIndexOf(':');
  const name = first === -1 ? spec : spec.slice(0, first);
  const rawPassword =
    first === -1 ? '' : last === first ? spec.slice(first + 1) : spec.slice(first + 1, last);
  const rawRoles = first !== -1 && last !== first ? spec.slice(last + 1) : '';
  if (!/^[^_:][^:]*$/.test(name)) throw new Error(`--user ${spec}: invalid user name`);

  /** @type {string | undefined} */
  let password;
  if (rawPassword.startsWith('$')) {
    const variable = rawPassword.slice(1);
    password = env[variable];
    if (!password) throw new Error(`--user ${name}: environment variable ${variable} is empty`);
  } else if (rawPassword !== '') {
    password = rawPassword;
  }

  const roles = [];
  for (const role of rawRoles
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)) {
    if (role === 'member') {
      if (partnershipIds.length === 0) {
        throw new Error(`--user ${name}: role "member" needs a --partnership`);
      }
      roles.push(...partnershipIds.map(partnershipRole));
    } else if (role.startsWith('_')) {
      throw new Error(`--user ${name}: roles starting with "_" are reserved`);
    } else {
      roles.push(role);
    }
  }
  return { name, password, roles: [...new Set(roles)] };
}

/**
 * Asks for a password on the terminal without echoing it.
 * @param {string} question
 * @returns {Promise<string>}
 */
function askHidden(question) {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(new Error(`${question.trim()} (no terminal to ask on; see --help)`));
  }
  return new Promise((resolve, reject) => {
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.setEncoding('utf8');
    stdin.resume();
    let value = '';
    const finish = () => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
    };
    /** @param {string} chunk */
    const onData = (chunk) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          finish();
          resolve(value);
          return;
        }
        if (char === '\u0003' || char === '\u0004') {
          finish();
          reject(new Error('Cancelled.'));
          return;
        }
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else value += char;
      }
    };
    stdin.on('data', onData);
  });
}

/**
 * Runs the CLI.
 * @param {string[]} argv arguments after the script name
 * @param {{ env?: NodeJS.ProcessEnv, log?: (line: string) => void }} [io]
 * @returns {Promise<{ changed: boolean }>}
 */
export async function run(
  argv,
  { env = process.env, log = (line) => process.stdout.write(`${line}\n`) } = {},
) {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: 'string' },
      admin: { type: 'string' },
      'password-env': { type: 'string' },
      partnership: { type: 'string', multiple: true },
      user: { type: 'string', multiple: true },
      help: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help) {
    log(USAGE);
    return { changed: false };
  }
  const url = values.url;
  if (!url || !/^https?:\/\//.test(url)) throw new Error('--url http(s)://… is required');
  const partnershipIds = values.partnership ?? [];
  for (const id of partnershipIds) {
    if (!isPartnershipId(id)) throw new Error(`--partnership ${id}: expected partnership:<ULID>`);
  }
  const users = (values.user ?? []).map((spec) => parseUserSpec(spec, partnershipIds, env));
  if (partnershipIds.length === 0 && users.length === 0) {
    throw new Error('Nothing to do: give --partnership and/or --user (see --help)');
  }

  const adminName = values.admin ?? (env['KLIMAPARTNER_ADMIN'] || 'admin');
  const passwordVariable = values['password-env'];
  /** @type {string | undefined} */
  let adminPassword;
  if (passwordVariable) {
    adminPassword = env[passwordVariable];
    if (!adminPassword) throw new Error(`--password-env: ${passwordVariable} is empty or not set`);
  } else {
    adminPassword = await askHidden(`Password of CouchDB admin "${adminName}": `);
  }
  const client = couchClient({ url, name: adminName, password: adminPassword });

  const session = await client.request('GET', '/_session');
  const roles = session.body?.userCtx?.roles;
  if (session.status !== 200 || !Array.isArray(roles) || !roles.includes('_admin')) {
    throw new Error(`${url}: "${adminName}" is not a server admin there (wrong password?)`);
  }

  let changed = false;
  for (const partnershipId of partnershipIds) {
    log(
      `Partnership ${partnershipId}: database ${databaseName(partnershipId)}, members: role ` +
        `${partnershipRole(partnershipId)} and ${COORDINATOR_ROLE}; listed in ${DIRECTORY_DB}`,
    );
    const report = await provisionPartnership(client, { partnershipId });
    log(formatReport(report));
    changed ||= report.changed;
  }

  if (users.length > 0) {
    log('Users:');
    /** @type {import('./couch/provisioning.mjs').Change[]} */
    const changes = [];
    const usersDb = await ensureDatabase(client, '_users');
    if (usersDb.action !== 'unchanged') changes.push(usersDb);
    for (const user of users) {
      let password = user.password;
      if (password === undefined) {
        const existing = await client.request(
          'GET',
          `/_users/${encodeURIComponent(`org.couchdb.user:${user.name}`)}`,
        );
        if (existing.status === 404)
          password = await askHidden(`Password for new user "${user.name}": `);
      }
      changes.push(
        await ensureUser(client, {
          name: user.name,
          roles: user.roles,
          ...(password !== undefined ? { password } : {}),
        }),
      );
    }
    const report = { changes, changed: changes.some((c) => c.action !== 'unchanged') };
    log(formatReport(report));
    changed ||= report.changed;
  }
  return { changed };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run(process.argv.slice(2)).then(
    () => process.exit(0),
    (error) => {
      console.error(`provision: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
