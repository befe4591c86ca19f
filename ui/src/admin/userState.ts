import type { UserView } from '../api/types';

/** Whether a user can sign in now: deactivated outweighs a lock, and a lock whose time has passed is no lock. */
export type UserState = 'active' | 'deactivated' | 'locked';

export function userState(user: Pick<UserView, 'active' | 'lockedUntil'>, now: number = Date.now()): UserState {
  if (!user.active) return 'deactivated';
  return user.lockedUntil && Date.parse(user.lockedUntil) > now ? 'locked' : 'active';
}

/** How a user signs in: with a password here, with the company's account, both, or (a new SSO-only user) neither yet. */
export function signInMethods(user: Pick<UserView, 'hasPassword' | 'signsInWithCompany'>): ('password' | 'company')[] {
  return [...(user.hasPassword ? ['password' as const] : []), ...(user.signsInWithCompany ? ['company' as const] : [])];
}
