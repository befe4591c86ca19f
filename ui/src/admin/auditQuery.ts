import { wallClockToIso } from '../shell/wallClock';

/** What the audit view filters on, as its inputs hold it: from and to are datetime-local values in the user's zone. */
export interface AuditFilter {
  actor: string;
  action: string;
  target: string;
  from: string;
  to: string;
}

/** The action select's choices: every action, or every action on one kind of thing ("user." finds user.created and the rest). */
export const ACTION_PREFIXES = ['', 'user.', 'team.', 'token.', 'signin.', 'setup.', 'definition.'] as const;

/**
 * The query for /api/admin/audit (and, without `before`, for audit.csv): blank fields left out, the times as
 * instants, and `before` the last shown entry's id when asking for the next page.
 */
export function auditQuery(filter: AuditFilter, timeZone: string, before?: number): URLSearchParams {
  const query = new URLSearchParams();
  for (const name of ['actor', 'action', 'target'] as const) {
    const value = filter[name].trim();
    if (value) query.set(name, value);
  }
  for (const name of ['from', 'to'] as const) {
    const instant = wallClockToIso(filter[name], timeZone);
    if (instant) query.set(name, instant);
  }
  if (before !== undefined) query.set('before', String(before));
  return query;
}
