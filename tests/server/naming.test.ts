// Names on the server derived from a partnership id, and the demo partnership shared with the app.
import { describe, expect, it } from 'vitest';
import { DEMO_PARTNERSHIP_ID as APP_DEMO_PARTNERSHIP_ID } from '../../src/features/partnerships/demoIds';
import { DEMO_ACCOUNTS, DEMO_PARTNERSHIP_ID } from '../../server/couch/demo.mjs';
import {
  databaseName,
  isPartnershipId,
  partnershipIdOfDatabase,
  partnershipIdOfRole,
  partnershipRole,
} from '../../server/couch/naming.mjs';

const PID = 'partnership:01JDEM01000000000000000001';

describe('naming', () => {
  it('maps a partnership id to its database (lower case, starts with a letter)', () => {
    expect(databaseName(PID)).toBe('kp-01jdem01000000000000000001');
    expect(databaseName(PID)).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
  });

  it('maps a partnership id to its member role', () => {
    expect(partnershipRole(PID)).toBe('p-01JDEM01000000000000000001');
  });

  it('maps database names and roles back to the partnership id', () => {
    expect(partnershipIdOfDatabase(databaseName(PID))).toBe(PID);
    expect(partnershipIdOfRole(partnershipRole(PID))).toBe(PID);
    expect(partnershipIdOfDatabase('_users')).toBeUndefined();
    expect(partnershipIdOfDatabase('kp-nope')).toBeUndefined();
    expect(partnershipIdOfRole('coordinator')).toBeUndefined();
    expect(partnershipIdOfRole('p-lowercase00000000000000000')).toBeUndefined();
  });

  it('refuses anything but partnership:<ULID>', () => {
    for (const bad of [
      'partnership:01jdem01000000000000000001', // lower case
      'partnership:01JDEM0100000000000000000I', // I is not Crockford base32
      'partnership:01JDEM010000000000000000', // too short
      'measure:01JDEM05000000000000000001',
      '',
    ]) {
      expect(isPartnershipId(bad), bad).toBe(false);
      expect(() => databaseName(bad)).toThrow(TypeError);
      expect(() => partnershipRole(bad)).toThrow(TypeError);
    }
  });
});

describe('demo partnership', () => {
  it('is the one the app loads as its demo data', () => {
    expect(DEMO_PARTNERSHIP_ID).toBe(APP_DEMO_PARTNERSHIP_ID);
    expect(isPartnershipId(DEMO_PARTNERSHIP_ID)).toBe(true);
  });

  it('has an expert and a partner in the partnership, and a coordinator', () => {
    expect(DEMO_ACCOUNTS.map((a) => [a.name, a.roles])).toEqual([
      ['expert', [partnershipRole(DEMO_PARTNERSHIP_ID), 'expert']],
      ['partner', [partnershipRole(DEMO_PARTNERSHIP_ID), 'partner']],
      ['coordinator', ['coordinator']],
    ]);
  });
});
