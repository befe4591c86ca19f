import { ApiError } from '../api/ApiError';
import { get, post } from '../api/http';
import type { Me, OfferView, UserTaskView } from '../api/types';
import { currentLanguage, nodeName, t } from '../i18n/i18n';
import { queueName } from '../i18n/queueName';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { timeLeft } from './slaClock';
import { onLiveChanges, throttled } from '../shell/live';

/** The banner, and how to stop its polling and clock when the inbox is left. */
export interface OfferBanner {
  element: HTMLElement;
  dispose(): void;
}

/**
 * The tasks the routing offers the agent, above the inbox: each with the time left to take it, Accept (claims the
 * task, which accepts the offer, and opens it) and Decline (the routing offers it to the next agent). Asks for
 * offers every few seconds; hidden while there are none.
 */
export function offerBanner(me: Me): OfferBanner {
  let offers: OfferView[] = [];
  let stopped = false;
  let saidAt = 0;
  const names = new Map<string, HTMLElement>(); // each offered task's name, asked for once
  const list = h('ul', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'offers-status' });
  const element = h('section', { class: 'offers', 'data-testid': 'offers', 'aria-live': 'polite', hidden: true },
    h('strong', {}, t('offer.title')), list, status);
  // Keys pressed on the banner's buttons are theirs, not the inbox list's shortcuts (Enter there opens the selected row).
  element.addEventListener('keydown', (event) => event.stopPropagation());

  function taskName(taskId: string): HTMLElement {
    const known = names.get(taskId);
    if (known) return known;
    const name = h('span', { class: 'task-name' }, t('offer.task'));
    names.set(taskId, name);
    void get<UserTaskView>(`/api/tasks/${taskId}`).then((task) => { name.textContent = nodeName(task.nodeId, task.name); }, () => undefined);
    return name;
  }

  const row = (offer: OfferView) => h('li', { 'data-task': offer.taskId, 'data-expires': offer.expiresAt },
    taskName(offer.taskId), ' ', h('small', {}, t('offer.queue', { queue: queueName(offer.teamKey, me.queues) })), ' ',
    h('span', { class: 'left', 'data-testid': 'offer-left' }), ' ',
    h('button', { type: 'button', class: 'primary', 'data-testid': 'offer-accept', onclick: () => void accept(offer) }, t('offer.accept')), ' ',
    h('button', { type: 'button', 'data-testid': 'offer-decline', onclick: () => void decline(offer) }, t('offer.decline')));

  /** The time left on each offer; an offer whose time is up goes (the routing has offered it to the next agent). */
  function tick(): void {
    for (const item of list.querySelectorAll<HTMLElement>('li[data-task]')) {
      const left = timeLeft(item.dataset.expires, Date.now(), currentLanguage());
      if (!left || left.breached) item.remove();
      else item.querySelector('.left')?.replaceChildren(t('offer.left', { left: left.text }));
    }
    if (status.textContent && Date.now() - saidAt > 10_000) tell(status, ''); // what the last click did, for a while
    element.hidden = !list.querySelector('li') && !status.textContent;
  }

  async function refresh(): Promise<void> {
    const next = await get<OfferView[]>('/api/me/offers');
    if (stopped) return;
    // Rows are rebuilt only when the offers change, so a button is not replaced under the pointer.
    const ids = (shown: readonly OfferView[]) => shown.map((o) => `${o.taskId}@${o.expiresAt}`).join();
    if (ids(next) !== ids(offers)) list.replaceChildren(...next.map(row));
    offers = next;
    tick();
  }

  function say(text: string, problem = false): void {
    saidAt = Date.now();
    tell(status, text, problem);
  }

  async function act(offer: OfferView, action: 'claim' | 'decline'): Promise<boolean> {
    try {
      if (action === 'claim') await post(`/api/tasks/${offer.taskId}/claim`);
      else await post(`/api/me/offers/${offer.taskId}/decline`);
      return true;
    } catch (error) {
      // Too late (the time ran out, or someone else took the task): say so, and show the offers as they now are.
      if (!(error instanceof ApiError)) throw error;
      say(error.message, true);
      await refresh().catch(() => undefined);
      return false;
    }
  }

  async function accept(offer: OfferView): Promise<void> {
    if (!(await act(offer, 'claim'))) return;
    const target = `#/inbox/task/${offer.taskId}`;
    // On the task already, the page is shown again to show it claimed.
    if (location.hash === target) window.dispatchEvent(new HashChangeEvent('hashchange'));
    else location.hash = target;
  }

  async function decline(offer: OfferView): Promise<void> {
    if (!(await act(offer, 'decline'))) return;
    say(t('offer.declined'));
    await refresh().catch(() => undefined);
  }

  const clock = window.setInterval(tick, 1000);
  // An offer is a task change, so the live feed brings it at once; the poll covers a feed cut by a proxy.
  const reload = throttled(() => void refresh().catch(() => undefined), 500);
  const stopLive = onLiveChanges(() => reload.ask());
  const poll = window.setInterval(() => void refresh().catch(() => undefined), 10_000);
  void refresh().catch(() => undefined);
  return {
    element,
    dispose() {
      stopped = true;
      window.clearInterval(clock);
      window.clearInterval(poll);
      stopLive();
      reload.stop();
    },
  };
}
