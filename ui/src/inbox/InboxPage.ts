import type { Page } from '../shell/pages';
import { renderInboxList } from './InboxList';
import { renderTaskView } from './TaskView';

let dispose: (() => void) | undefined;

/** The agent workspace: #/inbox lists the queues, #/inbox/task/{id} works one task. */
export const inboxPage: Page = {
  route: 'inbox',
  title: 'nav.inbox',
  roles: ['agent', 'risk-analyst', 'manager', 'admin'],
  dispose: () => { dispose?.(); dispose = undefined; },
  async render(container, me, [view, id]) {
    dispose?.();
    dispose = view === 'task' && id ? await renderTaskView(container, me, id) : renderInboxList(container, me);
  },
};
