import { describe, expect, it } from 'vitest';
import { isRecordId, newRecordId, programmeIdFor } from '../../src/domain';

describe('the id of a partnership’s programme', () => {
  it('is a valid programme id, the same on every device for one partnership and phase', () => {
    const partnership = newRecordId('partnership');
    const id = programmeIdFor(partnership, 2);
    expect(isRecordId(id, 'programme')).toBe(true);
    expect(programmeIdFor(partnership, 2)).toBe(id);
  });

  it('differs between phases and between partnerships', () => {
    const a = newRecordId('partnership');
    const b = newRecordId('partnership');
    const ids = new Set([1, 2, 3, 31, 32, 50].map((phase) => programmeIdFor(a, phase)));
    expect(ids.size).toBe(6);
    expect(programmeIdFor(a, 1)).not.toBe(programmeIdFor(b, 1));
  });
});
