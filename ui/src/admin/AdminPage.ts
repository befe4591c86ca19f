import { ApiError } from '../api/ApiError';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import type { Page } from '../shell/pages';
import { renderAudit } from './AuditView';
import { renderNewUser } from './NewUserView';
import { renderSla } from './SlaView';
import { renderTeam } from './TeamView';
import { renderTeams } from './TeamsView';
import { renderTokens } from './TokensView';
import { renderUser } from './UserDetailView';
import { renderUsers } from './UsersView';

const VIEWS = ['users', 'teams', 'sla', 'tokens', 'audit'] as const;

/**
 * The admin area: #/admin/users (default), #/admin/users/new, #/admin/users/{id}, #/admin/teams, #/admin/teams/{id},
 * #/admin/sla (SLA policies and holidays), #/admin/tokens and #/admin/audit.
 */
export const adminPage: Page = {
  route: 'admin',
  title: 'nav.admin',
  roles: ['admin'],
  async render(container, _me, [view = 'users', id]) {
    const body = h('div', { class: 'admin-body' });
    const tabs = h('nav', { class: 'queues manager-tabs', role: 'tablist' }, ...VIEWS.map((v) =>
      h('a', { href: `#/admin/${v}`, role: 'tab', 'data-view': v, 'aria-selected': String(v === view) }, t(`admin.view.${v}`))));
    container.replaceChildren(h('div', { class: 'admin manager' }, tabs, body));
    try {
      await show(body, view, id);
    } catch (error) {
      // A user or team that is not there (an old link), or the server refusing: say so where the view would be.
      if (!(error instanceof ApiError)) throw error;
      body.replaceChildren(h('p', { class: 'error admin-view', role: 'alert', 'data-testid': 'admin-error' }, error.message));
    }
  },
};

function show(body: HTMLElement, view: string, id: string | undefined): Promise<void> | void {
  switch (view) {
    case 'teams':
      return id ? renderTeam(body, id) : renderTeams(body);
    case 'sla':
      return renderSla(body);
    case 'tokens':
      return renderTokens(body);
    case 'audit':
      return renderAudit(body);
    default:
      if (id === 'new') return renderNewUser(body);
      return id ? renderUser(body, id) : renderUsers(body);
  }
}
