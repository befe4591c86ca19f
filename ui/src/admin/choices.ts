import { get } from '../api/http';
import type { KnownRole, TeamView } from '../api/types';

/** What a user can be given: the roles the server knows and the teams there are. */
export interface Choices {
  roles: KnownRole[];
  teams: TeamView[];
}

export async function loadChoices(): Promise<Choices> {
  const [roles, teams] = await Promise.all([get<KnownRole[]>('/api/admin/roles'), get<TeamView[]>('/api/admin/teams')]);
  return { roles, teams };
}
