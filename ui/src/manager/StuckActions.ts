import { get, post } from '../api/http';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import type { TeamSummary } from '../api/types';
import { h } from '../shell/dom';
import { actionDialog, DialogInputError, field } from './ActionDialog';
import type { Agent, CancelRequest, MoveRequest, ReassignRequest } from './types';


/** Give a task to an agent of its queue (the API refuses anyone else). */
export async function reassignTask(taskId: string, groups: readonly string[], label: string): Promise<boolean> {
  const agents = (await get<Agent[]>('/api/manager/agents')).filter((a) => groups.length === 0 || a.queues.some((q) => groups.includes(q)));
  const user = h('select', { name: 'userName', required: true },
    ...agents.map((a) => h('option', { value: a.userName }, bilingualText(a.displayName, currentLanguage()))));
  return actionDialog(t('manager.reassignTitle', { what: label }), [field(t('manager.reassignTo'), user)],
    () => post(`/api/manager/tasks/${taskId}/reassign`, { userName: user.value } satisfies ReassignRequest));
}

/** Put a task in another queue, unclaimed. */
export async function moveTask(taskId: string, groups: readonly string[], label: string): Promise<boolean> {
  const teams = await get<TeamSummary[]>('/api/teams');
  const queue = h('select', { name: 'queue' }, ...teams.map((q) => h('option', { value: q.key }, queueName(q.key, teams))));
  // The first queue the task is not already in: moving it where it is would be a no-op.
  queue.value = teams.find((q) => !groups.includes(q.key))?.key ?? teams[0]?.key ?? '';
  return actionDialog(t('manager.moveTitle', { what: label }), [field(t('manager.moveTo'), queue)],
    () => post(`/api/manager/tasks/${taskId}/move`, { queue: queue.value } satisfies MoveRequest));
}

/** Retry a failed activity, optionally after correcting the instance's variables (a JSON object merged in). */
export function retryIncident(incidentId: string, label: string, message: string): Promise<boolean> {
  const retries = h('input', { type: 'number', name: 'retries', min: '1', max: '100', value: '3' });
  const variables = h('textarea', { name: 'variables', rows: '5', spellcheck: 'false', placeholder: '{ "name": "value" }' });
  return actionDialog(t('manager.retryTitle', { what: label }), [h('p', { class: 'incident-message' }, message),
    field(t('manager.retries'), retries), field(t('manager.variables'), variables)], () => {
    let parsed: unknown = {};
    if (variables.value.trim()) {
      try {
        parsed = JSON.parse(variables.value);
      } catch {
        throw new DialogInputError(t('manager.variablesInvalid'));
      }
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new DialogInputError(t('manager.variablesInvalid'));
    }
    return post(`/api/manager/incidents/${incidentId}/retry`, { retries: Number(retries.value), variables: parsed });
  }, 'manager.retry');
}

/** The shortest reason the server takes for a cancellation (CancelReason on the server). */
export const MIN_CANCEL_REASON = 3;

/** End an instance where it stands; its case closes with it. A reason is required: the journal and the case keep it. */
export function cancelInstance(instanceId: string, label: string): Promise<boolean> {
  const reason = h('textarea', { name: 'reason', rows: '3', maxlength: '500', required: true, minlength: String(MIN_CANCEL_REASON) });
  return actionDialog(t('manager.cancelTitle', { what: label }), [h('p', {}, t('manager.cancelWarning')), field(t('manager.reason'), reason)],
    async () => {
      if (reason.value.trim().length < MIN_CANCEL_REASON) throw new DialogInputError(t('manager.reasonRequired'));
      await post(`/api/manager/instances/${instanceId}/cancel`, { reason: reason.value.trim() } satisfies CancelRequest);
    }, 'manager.cancelInstance');
}
