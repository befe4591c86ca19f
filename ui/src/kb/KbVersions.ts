import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import type { KbArticleHistory, KbRevisionView, KbVersionLine } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { localTime } from '../shell/time';
import { articleUrl } from './kbAddress';

/** An article's versions, newest first, each viewable and restorable as the draft; `show` lists another article's (or none). */
export interface KbVersions {
  element: HTMLElement;
  show(article: KbArticleHistory | null): void;
}

export function kbVersions(status: HTMLElement, restore: (version: number) => void): KbVersions {
  const list = h('ol', { class: 'kb-versions', 'data-testid': 'kb-versions' });
  const viewer = h('article', { class: 'kb-version', 'data-testid': 'kb-version', hidden: true });
  const element = h('section', { class: 'kb-history', hidden: true }, h('h4', {}, t('kb.versions')), list, viewer);
  let article: KbArticleHistory | null = null;

  const line = (v: KbVersionLine) => h('li', { 'data-version': String(v.version), 'data-status': v.status },
    h('strong', {}, t('kb.versionNumber', { version: v.version })), ` · ${word('kb.status', v.status)} · `,
    h('em', { translate: 'no' }, v.author), ` · ${localTime(v.updatedAt)}`,
    ...(v.reviewedBy ? [' · ', t('kb.reviewedBy', { reviewer: '' }), h('em', { translate: 'no' }, v.reviewedBy)] : []), ' ',
    h('button', { type: 'button', 'data-testid': 'kb-view', onclick: () => void view(v.version) }, t('kb.view')), ' ',
    h('button', { type: 'button', 'data-testid': 'kb-restore', onclick: () => restore(v.version) }, t('kb.restore')));

  async function view(version: number): Promise<void> {
    if (!article) return;
    let shown: KbRevisionView;
    try {
      shown = await get<KbRevisionView>(`${articleUrl(article.slug, article.language)}/versions/${version}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
      return;
    }
    viewer.dataset.version = String(version);
    viewer.replaceChildren(
      h('header', {}, h('strong', {}, t('kb.shown', { version, status: word('kb.status', shown.status) })), ' ',
        h('button', { type: 'button', 'data-testid': 'kb-version-close', onclick: () => { viewer.hidden = true; } }, t('kb.close'))),
      h('h4', {}, shown.title), h('p', { class: 'hint' }, `${word('category', shown.category)} · ${shown.summary}`),
      h('div', { class: 'kb-body' }, shown.body),
      h('ul', { class: 'tag-chips', translate: 'no' }, ...shown.tags.map((tag) => h('li', { class: 'chip' }, tag))),
      h('p', { class: 'hint', hidden: !shown.reviewComment }, t('kb.reviewedBy', { reviewer: shown.reviewedBy ?? '' }), ': ', shown.reviewComment ?? ''));
    viewer.hidden = false;
    viewer.scrollIntoView?.({ block: 'nearest' });
  }

  function show(next: KbArticleHistory | null): void {
    article = next;
    viewer.hidden = true;
    element.hidden = !next || next.versions.length === 0;
    list.replaceChildren(...[...(next?.versions ?? [])].sort((a, b) => b.version - a.version).map(line));
  }

  return { element, show };
}
