import { get } from '../api/http';
import type { CaseDetails } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import type { Page } from '../shell/pages';
import { renderInstanceView } from './InstanceView';
import { renderFloor } from './FloorView';
import { renderNumbers } from './NumbersView';
import { renderProcessView } from './ProcessView';
import { renderStuckList } from './StuckList';

const VIEWS = ['stuck', 'process', 'numbers', 'floor'] as const;
let dispose: (() => void) | undefined;

/**
 * The manager workspace: #/manager/stuck (default), #/manager/process/{key}/{version}, #/manager/numbers, #/manager/floor,
 * and one instance at #/manager/instance/{id} (or #/manager/case/{caseId}, for the case's instance).
 */
export const managerPage: Page = {
  route: 'manager',
  title: 'nav.manager',
  roles: ['manager', 'admin'],
  dispose: () => { dispose?.(); dispose = undefined; },
  async render(container, me, [view = 'stuck', ...args]) {
    dispose?.();
    dispose = undefined;
    const body = h('div', { class: 'manager-body' });
    const tabs = h('nav', { class: 'queues manager-tabs', role: 'tablist' }, ...VIEWS.map((v) =>
      h('a', { href: `#/manager/${v}`, role: 'tab', 'data-view': v, 'aria-selected': String(v === view) }, t(`manager.view.${v}`))));
    container.replaceChildren(h('div', { class: 'manager' }, tabs, body));
    const again = () => void managerPage.render(container, me, [view, ...args]);
    switch (view) {
      case 'process':
        dispose = await renderProcessView(body, args[0], args[1]);
        break;
      case 'numbers':
        dispose = renderNumbers(body);
        break;
      case 'floor':
        dispose = renderFloor(body);
        break;
      case 'instance':
        dispose = await renderInstanceView(body, args[0] ?? '', again);
        break;
      case 'case': {
        const found = await get<CaseDetails>(`/api/cases/${args[0] ?? ''}`);
        if (found.case.instanceId) location.replace(`#/manager/instance/${found.case.instanceId}`);
        break;
      }
      default:
        dispose = renderStuckList(body);
    }
  },
};
