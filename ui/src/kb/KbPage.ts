import { ApiError } from '../api/ApiError';
import type { Me } from '../api/types';
import { t } from '../i18n/i18n';
import { renderMacros } from '../macros/MacrosView';
import { h } from '../shell/dom';
import type { Page } from '../shell/pages';
import { renderKbArticles } from './KbArticlesView';
import { renderKbSearch } from './KbSearchView';

const VIEWS = ['search', 'articles', 'macros'] as const;

/** Whether the user writes and reviews the knowledge base and macros (everyone else reads them). */
export const editsKb = (me: Me): boolean => me.roles.includes('manager') || me.roles.includes('admin');

/**
 * The knowledge base: #/kb searches the published articles (everyone); managers and admins also have
 * #/kb/articles (the articles, #/kb/articles/new and #/kb/articles/{slug}/{language} open the editor) and
 * #/kb/macros (canned replies).
 */
export const kbPage: Page = {
  route: 'kb',
  title: 'nav.kb',
  roles: ['agent', 'risk-analyst', 'manager', 'admin', 'designer'],
  async render(container, me, [asked = 'search', ...args]) {
    const view = editsKb(me) && VIEWS.some((v) => v === asked) ? asked : 'search';
    const body = h('div', { class: 'admin-body' });
    const tabs = editsKb(me) ? h('nav', { class: 'queues manager-tabs', role: 'tablist' }, ...VIEWS.map((v) =>
      h('a', { href: `#/kb/${v}`, role: 'tab', 'data-view': v, 'aria-selected': String(v === view) }, t(`kb.view.${v}`)))) : null;
    container.replaceChildren(h('div', { class: 'admin manager kb-page' }, tabs, body));
    try {
      if (view === 'articles') await renderKbArticles(body, args[0], args[1]);
      else if (view === 'macros') await renderMacros(body);
      else renderKbSearch(body);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      body.replaceChildren(h('p', { class: 'error admin-view', role: 'alert', 'data-testid': 'kb-error' }, error.message));
    }
  },
};
