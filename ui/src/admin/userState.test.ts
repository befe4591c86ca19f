import { describe, expect, it } from 'vitest';
import { signInMethods, userState } from './userState';

const now = Date.parse('2026-12-02T10:00:00Z');

describe('userState', () => {
  it('tells active, deactivated and locked users apart', () => {
    expect(userState({ active: true, lockedUntil: null }, now)).toBe('active');
    expect(userState({ active: false, lockedUntil: null }, now)).toBe('deactivated');
    expect(userState({ active: true, lockedUntil: '2026-12-02T10:15:00+00:00' }, now)).toBe('locked');
  });

  it('forgets a lock that has run out, and puts deactivation first', () => {
    expect(userState({ active: true, lockedUntil: '2026-12-02T09:59:00+00:00' }, now)).toBe('active');
    expect(userState({ active: false, lockedUntil: '2026-12-02T10:15:00+00:00' }, now)).toBe('deactivated');
  });
});

describe('signInMethods', () => {
  it('lists the ways a user signs in', () => {
    expect(signInMethods({ hasPassword: true, signsInWithCompany: false })).toEqual(['password']);
    expect(signInMethods({ hasPassword: true, signsInWithCompany: true })).toEqual(['password', 'company']);
    expect(signInMethods({ hasPassword: false, signsInWithCompany: false })).toEqual([]);
  });
});
