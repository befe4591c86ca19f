import { get } from '../api/http';
import type { CustomerDetails, Me } from '../api/types';
import { t, word } from '../i18n/i18n';
import { h } from '../shell/dom';
import { localTime } from '../shell/time';
import { mergeForm } from './MergeForm';

/**
 * A customer's profile: who they are, how to reach them, all their cases, and their messages across every case; a
 * manager can merge another record of the same person into it.
 */
export async function renderCustomerView(container: HTMLElement, customerId: string, me: Me): Promise<void> {
  const d = await get<CustomerDetails>(`/api/customers/${customerId}`);
  const numbers = new Map(d.cases.map((c) => [c.id, c.number]));
  const none = () => h('p', {}, t('customer.none'));
  container.replaceChildren(h('section', { class: 'customer', 'data-testid': 'customer-profile' },
    h('a', { href: '#/cases', class: 'back' }, `← ${t('cases.search')}`),
    h('h2', {}, d.customer.name),
    h('p', {}, `${word('segment', d.customer.segment)} · ${word('language', d.customer.language)}`, d.customer.frozen ? h('strong', { class: 'frozen' }, ` ${t('case.frozen')}`) : ''),
    h('p', { class: 'hint' }, 'ID ', h('code', { 'data-testid': 'customer-id', translate: 'no' }, d.customer.id)),
    h('h3', {}, t('customer.contacts')),
    d.contacts.length === 0 ? none() : h('ul', { 'data-testid': 'contacts' }, ...d.contacts.map((c) => h('li', {}, `${word('channel', c.channel)}: ${c.address}`))),
    h('h3', {}, t('customer.cases')),
    d.cases.length === 0 ? none() : h('table', { class: 'tasks', 'data-testid': 'customer-cases' }, h('tbody', {}, ...d.cases.map((c) => h('tr', { 'data-case': c.number },
      h('td', {}, h('a', { href: `#/cases/${c.id}` }, c.number)), h('td', {}, c.subject), h('td', {}, word('status', c.status)), h('td', {}, localTime(c.createdAt)))))),
    h('h3', {}, t('customer.messages')),
    d.messages.length === 0 ? none() : h('ol', { class: 'timeline', 'data-testid': 'customer-messages' }, ...d.messages.map((m) => h('li', { class: m.direction },
      h('time', { datetime: m.at }, localTime(m.at)), ' ', h('strong', {}, m.direction === 'internal' ? t('note.label') : `${word('direction', m.direction)} · ${word('channel', m.channel)}`), ' ',
      h('a', { href: `#/cases/${m.caseId}` }, numbers.get(m.caseId) ?? ''), ' ', m.author ? h('em', { translate: 'no' }, m.author) : '', ' ', m.body))),
    me.roles.includes('manager') || me.roles.includes('admin')
      ? mergeForm(d.customer, () => renderCustomerView(container, customerId, me)) : ''));
}
