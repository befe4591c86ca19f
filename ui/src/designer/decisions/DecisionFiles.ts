import { ApiError } from '../../api/ApiError';
import { get, send } from '../../api/http';
import type { DecisionSummary, DecisionVersion } from '../../api/types';
import { t } from '../../i18n/i18n';
import { h } from '../../shell/dom';
import { localTime } from '../../shell/time';

/** A DMN file by its root element's namespace (DMN 1.1 to 1.5 all live under omg.org/spec/DMN/). */
export function isDmn(name: string, xml: string): boolean {
  if (name.toLowerCase().endsWith('.dmn')) return true;
  const root = /<(?:\w+:)?definitions\b[^>]*>/.exec(xml)?.[0] ?? '';
  return /xmlns(?::\w+)?="https?:\/\/www\.omg\.org\/spec\/DMN\//.test(root);
}

/**
 * Publishes a .dmn file's decisions (POST /api/decisions): each becomes the next version of its id. Says what was
 * published, or lists each problem the server found (nothing is published then).
 */
export async function publishDecisions(name: string, xml: string, status: HTMLElement, problems: HTMLElement): Promise<void> {
  try {
    const { status: code, body } = await send<DecisionVersion[]>('POST', '/api/decisions', xml, 'application/xml');
    const list = body.map((d) => `${d.key} v${d.version}`).join(', ');
    problems.replaceChildren();
    status.classList.remove('error');
    status.textContent = t(code === 201 ? 'designer.decisionsPublished' : 'designer.decisionsUnchanged', { list });
  } catch (e) {
    if (!(e instanceof ApiError) || e.problems.length === 0) throw e;
    status.classList.add('error');
    status.textContent = t('designer.decisionsInvalid', { name, count: e.problems.length });
    problems.replaceChildren(...e.problems.map((p) => h('li', { 'data-code': p.code },
      p.elementId ? h('code', { translate: 'no' }, p.elementId) : '', p.elementId ? ': ' : '', h('span', { translate: 'no' }, p.message))));
  }
}

/** The aside's decisions: each key with its latest version and who published it when. */
export async function renderDecisionList(list: HTMLElement): Promise<void> {
  const decisions = await get<DecisionSummary[]>('/api/decisions');
  list.replaceChildren(...decisions.map((d) => h('li', { 'data-decision': d.key },
    h('strong', { translate: 'no' }, d.key), ` v${d.latestVersion} `,
    h('small', {}, h('span', { translate: 'no' }, d.publishedBy ?? ''), ` ${localTime(d.publishedAt)}`))));
}
