import type { Page } from '../shell/pages';
import { renderCaseSearch } from './CaseSearchView';
import { renderCaseView } from './CaseView';
import { renderCustomerView } from './CustomerView';
import { renderNewCaseForm } from './NewCaseForm';

/**
 * Cases outside the inbox: #/cases searches them, #/cases/new opens one (a phone call), #/cases/{id} shows one with
 * its open tasks and a place to log what the customer said, #/cases/customer/{id} is a customer's profile.
 */
export const casesPage: Page = {
  route: 'cases',
  title: 'nav.cases',
  roles: ['agent', 'risk-analyst', 'manager', 'admin'],
  async render(container, me, [first, second]) {
    if (first === 'new') renderNewCaseForm(container);
    else if (first === 'customer' && second) await renderCustomerView(container, second, me);
    else if (first) await renderCaseView(container, first);
    else renderCaseSearch(container);
  },
};
