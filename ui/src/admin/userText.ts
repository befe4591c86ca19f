import type { UserView } from '../api/types';
import { t } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import { roleName } from '../i18n/roleName';
import { localTime } from '../shell/time';
import type { Choices } from './choices';
import { signInMethods, userState } from './userState';

/** A user's facts as the users table and the user page say them. */
export const rolesText = (user: UserView, { roles }: Choices) => user.roles.map((r) => roleName(r, roles)).join(', ') || '—';

export const teamsText = (user: UserView) =>
  user.teams.map((team) => queueName(team.key, user.teams) + (team.lead ? ` (${t('admin.lead')})` : '')).join(', ') || '—';

export function stateText(user: UserView): string {
  const state = userState(user);
  return state === 'locked' ? t('admin.state.locked', { until: localTime(user.lockedUntil) }) : t(`admin.state.${state}`);
}

export const signInText = (user: UserView) => signInMethods(user).map((m) => t(`admin.signInBy.${m}`)).join(', ') || '—';
