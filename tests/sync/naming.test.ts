// The app's naming module gives the same answers as the server's (server/couch/naming.mjs).
import { describe, expect, it } from 'vitest';
import * as server from '../../server/couch/naming.mjs';
import * as app from '../../src/sync/naming';

const SAMPLES = [
  'partnership:01JDEM01000000000000000001',
  'partnership:01JSECNDA00000000000000000',
  'partnership:7ZZZZZZZZZZZZZZZZZZZZZZZZZ',
  'partnership:01jdem01000000000000000001',
  'partnership:01JDEM0100000000000000000I',
  'partnership:01JDEM010000000000000000',
  'measure:01JDEM05000000000000000001',
  'partnership:',
  '',
];

const outcome = (fn: () => unknown) => {
  try {
    return { value: fn() };
  } catch (error) {
    return { throws: (error as Error).constructor.name };
  }
};

describe('naming mirrors the server', () => {
  it('has the same constants', () => {
    expect(app.COORDINATOR_ROLE).toBe(server.COORDINATOR_ROLE);
    expect(app.DATABASE_PREFIX).toBe(server.DATABASE_PREFIX);
    expect(app.ROLE_PREFIX).toBe(server.ROLE_PREFIX);
  });

  it.each(SAMPLES)('maps %j to the same database, role and back', (id) => {
    expect(app.isPartnershipId(id)).toBe(server.isPartnershipId(id));
    expect(outcome(() => app.databaseName(id))).toEqual(outcome(() => server.databaseName(id)));
    expect(outcome(() => app.partnershipRole(id))).toEqual(
      outcome(() => server.partnershipRole(id)),
    );
    if (server.isPartnershipId(id)) {
      const db = server.databaseName(id);
      const role = server.partnershipRole(id);
      expect(app.partnershipIdOfDatabase(db)).toBe(id);
      expect(app.partnershipIdOfRole(role)).toBe(id);
      expect(app.partnershipIdFromRole(role)).toBe(id);
    }
  });

  it.each([
    '_users',
    'kp-nope',
    'kp-01JDEM01000000000000000001',
    'coordinator',
    'p-lowercase00000000000000000',
    'expert',
    'p-',
  ])('reads %j as a database name and a role the same way', (name) => {
    expect(app.partnershipIdOfDatabase(name)).toBe(server.partnershipIdOfDatabase(name));
    expect(app.partnershipIdOfRole(name)).toBe(server.partnershipIdOfRole(name));
  });

  it('throws a TypeError for anything but a partnership id, like the server', () => {
    expect(() => app.databaseName('measure:01JDEM05000000000000000001')).toThrow(TypeError);
    expect(app.databaseName('partnership:01JDEM01000000000000000001')).toBe(
      'kp-01jdem01000000000000000001',
    );
  });
});
