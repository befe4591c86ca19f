import { showForm, type ShownForm } from '../forms/showForm';
import { ApiError } from '../api/ApiError';
import { get, post, request } from '../api/http';
import type { CaseDetails, CaseSummaryPage, Me, TaskForm, UserTaskView } from '../api/types';
import { nodeName, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { renderCasePanel } from './CasePanel';

/** One task: its form (form-js) to fill and complete, claim state, and beside it the case it works on. */
export async function renderTaskView(container: HTMLElement, me: Me, taskId: string): Promise<() => void> {
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'task-status' });
  let task: UserTaskView;
  try {
    task = await get<UserTaskView>(`/api/tasks/${taskId}`);
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    container.replaceChildren(h('p', { class: 'error', 'data-testid': 'task-status' }, e.status === 403 ? t('task.forbidden') : e.message),
      h('a', { href: '#/inbox' }, t('task.back')));
    return () => undefined;
  }
  const [form, cases] = await Promise.all([
    request<TaskForm>('GET', `/api/tasks/${taskId}/form`).catch(() => null),
    get<CaseSummaryPage>(`/api/cases?instanceId=${task.instanceId}`)]);
  const caseId = cases.items[0]?.id;
  const details = caseId ? await get<CaseDetails>(`/api/cases/${caseId}`) : null;

  const claim = h('div', { class: 'claim', 'data-testid': 'claim-state' });
  const formHost = h('div', { class: 'task-form', 'data-testid': 'task-form' });
  const escalates = form ? offersEscalation(form.schema) : false;
  const actions = h('div', { class: 'actions' },
    h('button', { class: 'primary', 'data-action': 'complete', onclick: () => void complete() }, t('task.complete')),
    escalates ? h('button', { 'data-action': 'escalate', onclick: () => void complete({ outcome: 'escalate' }) }, t('task.escalate')) : null);
  const side = h('aside', { class: 'case-panel' });
  container.replaceChildren(h('div', { class: 'task-view' }, h('section', {},
    h('a', { href: '#/inbox', class: 'back' }, `← ${t('task.back')}`),
    h('h2', {}, nodeName(task.nodeId, task.name), details ? ` · ${details.case.number}` : ''), claim, formHost, actions, status), side));
  paintClaim();

  let viewer: ShownForm | undefined;
  if (form) {
    viewer = await showForm(formHost, form.schema, form.data);
  } else {
    formHost.append(h('p', {}, t('task.noForm')));
  }
  const refreshCase = async () => { if (caseId) renderCasePanel(side, await get<CaseDetails>(`/api/cases/${caseId}`), refreshCase, status); };
  if (details) renderCasePanel(side, details, refreshCase, status);

  function paintClaim(): void {
    const mine = task.assignee === me.userName;
    claim.dataset.assignee = task.assignee ?? '';
    claim.replaceChildren(h('span', {}, task.assignee ? (mine ? t('task.claimedByYou') : t('task.claimedBy', { user: task.assignee })) : t('inbox.unclaimed')), ' ',
      !task.assignee ? h('button', { 'data-action': 'claim', onclick: () => void setClaim('claim') }, t('task.claim'))
        : mine ? h('button', { 'data-action': 'unclaim', onclick: () => void setClaim('unclaim') }, t('task.unclaim')) : '');
  }

  async function setClaim(action: 'claim' | 'unclaim'): Promise<void> {
    try {
      task = await post<UserTaskView>(`/api/tasks/${taskId}/${action}`);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      status.textContent = e.message;
      task = await get<UserTaskView>(`/api/tasks/${taskId}`);
    }
    paintClaim();
  }

  async function complete(extra: Record<string, unknown> = {}): Promise<void> {
    const submitted = viewer?.submit() ?? { data: {}, errors: {} };
    // Someone else's task: no point checking fields, the server refuses (409) and its sentence says who has it.
    const theirs = task.assignee !== null && task.assignee !== me.userName;
    // form-js lists every validated field, those without a problem with an empty list.
    const invalid = Object.values(submitted.errors).filter((e) => !Array.isArray(e) || e.length > 0).length;
    if (!theirs && Object.keys(extra).length === 0 && invalid > 0) {
      status.textContent = t('task.invalid', { count: invalid });
      return;
    }
    try {
      await post(`/api/tasks/${taskId}/complete`, { variables: { ...submitted.data, ...extra } });
      // Done is done: the form closes read-only with what was sent, without the marks submit() left on it.
      await closeForm({ ...submitted.data, ...extra });
      status.textContent = t(extra.outcome === 'escalate' ? 'task.escalated' : 'task.completed');
      status.dataset.done = 'true';
      actions.replaceChildren();
      await refreshCase();
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      // 409: someone else has it, or it is already done; the server's sentence says which.
      status.textContent = e.message;
      task = await get<UserTaskView>(`/api/tasks/${taskId}`).catch(() => task);
      paintClaim();
    }
  }

  async function closeForm(data: Record<string, unknown>): Promise<void> {
    if (!form) return;
    viewer?.destroy();
    viewer = await showForm(formHost, form.schema, data, true);
  }

  return () => viewer?.destroy();
}

/** Whether a form-js schema (free JSON to the API) has an "outcome" field with an "escalate" option. */
function offersEscalation(schema: unknown): boolean {
  const components = member(schema, 'components');
  return Array.isArray(components) && components.some((c: unknown) => {
    const values = member(c, 'values');
    return member(c, 'key') === 'outcome' && Array.isArray(values) && values.some((v: unknown) => member(v, 'value') === 'escalate');
  });
}

/** A property of a JSON value, when the value is an object. */
function member(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
