import { ApiError } from '../api/ApiError';
import { get } from '../api/http';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import type { Drawn } from './charts';
import { localDuration, percent, when } from './format';
import type { SupportNumbers } from './types';

/**
 * How support is doing over a date range: the figures as cards, charts (ECharts, loaded on first use), a CSV
 * of the same figures, and the risk alerts raised with their cases.
 */
export function renderNumbers(container: HTMLElement): () => void {
  const from = h('input', { type: 'date', name: 'from', 'aria-label': t('manager.from') });
  const to = h('input', { type: 'date', name: 'to', 'aria-label': t('manager.to') });
  const csv = h('a', { class: 'button', 'data-action': 'csv', download: '' }, t('manager.csv'));
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'numbers-status' });
  const cards = h('div', { class: 'cards', 'data-testid': 'numbers' });
  const charts = h('div', { class: 'charts' });
  const alerts = h('section', { class: 'panel', 'data-panel': 'alerts' });
  let drawn: Drawn[] = [];
  container.replaceChildren(h('section', { class: 'numbers' }, h('h2', {}, t('manager.numbers')),
    h('div', { class: 'toolbar' }, h('label', {}, t('manager.from'), ' ', from), h('label', {}, t('manager.to'), ' ', to),
      h('button', { 'data-action': 'show', onclick: () => void load() }, t('manager.show')), csv, status),
    cards, charts, alerts));

  async function load(): Promise<void> {
    const query = new URLSearchParams();
    if (from.value) query.set('from', from.value);
    if (to.value) query.set('to', to.value);
    let n: SupportNumbers;
    try {
      n = await get<SupportNumbers>(`/api/manager/numbers?${query}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      status.textContent = e.message;
      return;
    }
    status.textContent = '';
    [from.value, to.value] = [n.from, n.to];
    csv.href = `/api/manager/numbers.csv?from=${n.from}&to=${n.to}`;
    const card = (name: string, label: string, value: string) => h('div', { class: 'card', 'data-figure': name }, h('small', {}, label), h('strong', {}, value));
    cards.replaceChildren(
      card('cases', t('manager.fig.cases'), String(n.cases)),
      card('first-response', t('manager.fig.firstResponse'), `${localDuration(n.firstResponse.meanSeconds)} / ${localDuration(n.firstResponse.p90Seconds)}`),
      card('resolution', t('manager.fig.resolution'), `${localDuration(n.resolution.meanSeconds)} / ${localDuration(n.resolution.p90Seconds)}`),
      card('fcr', t('manager.fig.fcr'), percent(n.firstContactResolutionRate)),
      card('sla-first-response', t('manager.fig.slaFirstResponse'), percent(n.firstResponseAttainment)),
      card('sla-resolution', t('manager.fig.slaResolution'), percent(n.resolutionAttainment)),
      card('csat', t('manager.fig.csat'), n.csatAverage === null ? '—' : `${n.csatAverage.toFixed(2)} / 5`),
      card('bot-containment', t('manager.fig.botContainment'), `${percent(n.bot.containmentRate)} (${n.bot.contained} / ${n.bot.conversations})`),
      card('bot-hand-off', t('manager.fig.botHandOff'), percent(n.bot.handOffRate)),
      card('bot-reopen', t('manager.fig.botReopen'), percent(n.bot.reopenAfterBotRate)));
    alerts.replaceChildren(h('h3', {}, `${t('manager.alerts')} (${n.alerts.length})`), n.alerts.length === 0 ? h('p', { class: 'hint' }, '—')
      : h('ul', {}, ...n.alerts.map((a) => h('li', { 'data-alert': a.id, 'data-kind': a.kind }, `${when(a.createdAt)} · ${alertText(a)} `,
        ...a.cases.map((c) => h('a', { href: `#/manager/case/${c.id}`, class: 'case-link' }, `${c.number} `))))));
    await draw(n);
  }

  async function draw(n: SupportNumbers): Promise<void> {
    const { bars, pie, trend } = await import('./charts');
    drawn.forEach((c) => c.dispose());
    const box = () => h('div', { class: 'chart' });
    const boxes = [box(), box(), box(), box()] as const;
    charts.replaceChildren(...boxes);
    drawn = [
      trend(boxes[0], t('manager.chart.trend'), n.byDay, n.csatByDay, [t('manager.fig.cases'), t('manager.fig.csat')]),
      pie(boxes[1], t('manager.chart.channel'), n.byChannel.map((x) => ({ ...x, key: word('channel', x.key) }))),
      bars(boxes[2], t('manager.chart.category'), n.byCategory.map((x) => ({ ...x, key: word('category', x.key) }))),
      bars(boxes[3], t('manager.chart.csat'), [1, 2, 3, 4, 5].map((s) => ({ key: '★'.repeat(s), count: n.csatScores.find((x) => x.key === String(s))?.count ?? 0 }))),
    ];
  }

  void load();
  return () => drawn.forEach((c) => c.dispose());
}

/** An alert in the user's language, from its kind and what it is about; the server's English sentence for a kind it does not know. */
function alertText(a: SupportNumbers['alerts'][number]): string {
  if (a.kind === 'sla-warning' && a.cases[0]) return t('manager.alert.slaWarning', { case: a.cases[0].number });
  if (a.kind !== 'burst' || !a.scope) return a.message;
  const [kind = '', name = ''] = a.scope.split(/:(.*)/s);
  const scope = kind === 'merchant' ? t('manager.alert.merchant', { name }) : kind === 'region' ? t('manager.alert.region', { name }) : a.scope;
  return t('manager.alert.burst', { count: a.cases.length, category: word('category', a.category), scope });
}
