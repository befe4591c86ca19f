import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { SlaPolicyView } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { SLA_POLICIES, slaPolicyForm } from './SlaPolicyForm';
import { isGeneral, policyKey, sortPolicies } from './slaScope';
import { localTarget, scopeText } from './slaText';

const COLUMNS = ['priority', 'segment', 'channel', 'first', 'resolution', 'warn', 'businessHours', 'pause'] as const;

/**
 * The SLA policies, a row each (urgent/vip/* and the like), with Edit and, but for a priority's general policy,
 * Delete; Add policy and Edit open the one form below the table.
 */
export function slaPolicyTable(initial: readonly SlaPolicyView[]): HTMLElement {
  let policies = sortPolicies(initial);
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'sla-status' });
  const form = slaPolicyForm(async (done) => {
    tell(status, done);
    await reload();
  });

  async function reload(): Promise<void> {
    policies = sortPolicies(await get<SlaPolicyView[]>(SLA_POLICIES));
    paint();
  }

  async function remove(policy: SlaPolicyView): Promise<void> {
    try {
      await request<{ recomputed: number }>('DELETE', `${SLA_POLICIES}/${policy.id}`);
      if (form.element.dataset.editing === policy.id) form.element.hidden = true;
      tell(status, t('sla.deleted', { policy: scopeText(policy) }));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
    await reload().catch(() => undefined);
  }

  const any = () => h('span', { class: 'hint' }, t('sla.any'));
  const yesNo = (value: boolean) => t(value ? 'sla.yes' : 'sla.no');
  const row = (p: SlaPolicyView) => h('tr', { 'data-policy': policyKey(p), 'data-policy-id': p.id },
    h('td', {}, word('priority', p.priority)),
    h('td', {}, p.segment ? word('segment', p.segment) : any()),
    h('td', {}, p.channel ? word('channel', p.channel) : any()),
    h('td', { 'data-col': 'first', 'data-minutes': String(p.firstResponseMinutes) }, localTarget(p.firstResponseMinutes)),
    h('td', { 'data-col': 'resolution', 'data-minutes': String(p.resolutionMinutes) }, localTarget(p.resolutionMinutes)),
    h('td', { 'data-col': 'warn' }, `${p.warnAtPercent}%`),
    h('td', { 'data-col': 'business-hours', 'data-value': String(p.businessHoursOnly) }, yesNo(p.businessHoursOnly)),
    h('td', { 'data-col': 'pause', 'data-value': String(p.pauseWhileWaiting) }, yesNo(p.pauseWhileWaiting)),
    h('td', {}, h('button', { type: 'button', 'data-testid': 'policy-edit', onclick: () => form.open(p) }, t('sla.edit')), ' ',
      isGeneral(p) ? h('small', { class: 'hint' }, t('sla.general'))
        : h('button', { type: 'button', 'data-testid': 'policy-delete', onclick: () => void remove(p) }, t('sla.delete'))));

  function paint(): void {
    body.replaceChildren(...policies.map(row));
    if (policies.length === 0) body.append(h('tr', {}, h('td', { colspan: String(COLUMNS.length + 1) }, t('sla.none'))));
  }

  paint();
  return h('section', { class: 'sla-policies' }, h('h3', {}, t('sla.title')), h('p', { class: 'hint' }, t('sla.intro')),
    h('table', { class: 'tasks', 'data-testid': 'sla-policies' },
      h('thead', {}, h('tr', {}, ...COLUMNS.map((c) => h('th', {}, t(`sla.col.${c}`))), h('th', {}, ''))), body),
    status, h('button', { type: 'button', 'data-testid': 'policy-add', onclick: () => form.open(null) }, t('sla.add')), form.element);
}
