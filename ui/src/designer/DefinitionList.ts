import { get } from '../api/http';
import type { DefinitionSummary, DefinitionVersion, DraftSummary } from '../api/types';
import { nodeName, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';

/** The left column: every published process with its versions (each opens read-only), and the saved drafts. */
export async function renderDefinitionList(list: HTMLElement, openDraft: (key: string) => void): Promise<void> {
  const [definitions, drafts] = await Promise.all([get<DefinitionSummary[]>('/api/definitions'), get<DraftSummary[]>('/api/drafts')]);
  const items = await Promise.all(definitions.map(async (d) => {
    const versions = await get<DefinitionVersion[]>(`/api/definitions/${encodeURIComponent(d.key)}`);
    return h('li', { 'data-key': d.key }, h('strong', {}, d.name ? nodeName(d.key, d.name) : d.key), h('ul', { class: 'versions' },
      ...versions.map((v) => h('li', {},
        h('a', { href: `#/designer/${encodeURIComponent(v.key)}/${v.version}`, 'data-version': `${v.key}/${v.version}` }, `v${v.version}`), ' ',
        h('small', {}, h('span', { translate: 'no' }, v.publishedBy ?? ''), ` ${localTime(v.publishedAt)}`)))));
  }));
  const draftItems = drafts.map((d) => h('li', {},
    h('button', { class: 'link-dark', 'data-draft': d.key, translate: 'no', onclick: () => openDraft(d.key) }, d.key), ' ',
    h('small', {}, h('span', { translate: 'no' }, d.savedBy ?? ''), ` ${localTime(d.savedAt)}`)));
  list.replaceChildren(...items, ...(draftItems.length > 0 ? [h('li', {}, h('strong', {}, t('designer.drafts')), h('ul', { class: 'versions' }, ...draftItems))] : []));
}
