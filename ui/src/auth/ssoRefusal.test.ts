import { describe, expect, it } from 'vitest';
import { ssoRefusal } from './ssoRefusal';

describe('ssoRefusal', () => {
  it('reads the reason from the address the server sent the browser back to', () => {
    expect(ssoRefusal('#/signin?sso=deactivated')).toBe('deactivated');
    expect(ssoRefusal('#/signin?sso=no%20such%20user')).toBe('no such user');
  });

  it('finds none when sign-in was not refused', () => {
    expect(ssoRefusal('#/signin')).toBeNull();
    expect(ssoRefusal('')).toBeNull();
    expect(ssoRefusal('#/signin?sso=')).toBeNull();
  });
});
