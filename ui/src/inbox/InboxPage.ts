import { h } from '../shell/dom';
import type { Page } from '../shell/pages';
import { renderInboxList } from './InboxList';
import { offerBanner } from './OfferBanner';
import { renderTaskView } from './TaskView';

let dispose: (() => void) | undefined;

/** The agent workspace: #/inbox lists the queues, #/inbox/task/{id} works one task; above both, the tasks offered to the agent. */
export const inboxPage: Page = {
  route: 'inbox',
  title: 'nav.inbox',
  roles: ['agent', 'risk-analyst', 'manager', 'admin'],
  dispose: () => { dispose?.(); dispose = undefined; },
  async render(container, me, [view, id]) {
    dispose?.();
    const offers = offerBanner(me);
    const body = h('div', { class: 'inbox-body' });
    container.replaceChildren(h('div', { class: 'inbox-page' }, offers.element, body));
    const stopOffers = () => offers.dispose();
    dispose = stopOffers;
    const stopView = view === 'task' && id ? await renderTaskView(body, me, id) : renderInboxList(body, me);
    // Left (or shown again) while the task loaded: this view's clocks stop at once.
    if (dispose !== stopOffers) stopView();
    else dispose = () => { stopOffers(); stopView(); };
  },
};
