import { describe, expect, it } from 'vitest';
import { auditQuery, type AuditFilter } from './auditQuery';

const none: AuditFilter = { actor: '', action: '', target: '', from: '', to: '' };

describe('auditQuery', () => {
  it('leaves blank filters out', () => {
    expect(auditQuery(none, 'UTC').toString()).toBe('');
    expect(auditQuery({ ...none, actor: ' admin ', action: 'user.' }, 'UTC').toString()).toBe('actor=admin&action=user.');
  });

  it("sends the times as instants, read in the user's zone", () => {
    const query = auditQuery({ ...none, from: '2026-03-01T09:00', to: '2026-03-02T00:00' }, 'Asia/Shanghai');
    expect(query.get('from')).toBe('2026-03-01T01:00:00.000Z');
    expect(query.get('to')).toBe('2026-03-01T16:00:00.000Z');
  });

  it('pages on from the last entry shown', () => {
    expect(auditQuery({ ...none, target: 'li.wei' }, 'UTC', 4711).toString()).toBe('target=li.wei&before=4711');
  });
});
