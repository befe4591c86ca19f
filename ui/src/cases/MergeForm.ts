import { post } from '../api/http';
import type { CustomerDetails, MergeRequest, MergeResult } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';

/**
 * For managers: the same person known twice (a caller by phone, a follower on WeChat) becomes one customer. The
 * other record's id is on its own profile page; the merge asks once more, since it cannot be undone.
 */
export function mergeForm(customer: CustomerDetails['customer'], reload: () => Promise<void>): HTMLElement {
  const from = h('input', { name: 'from', autocomplete: 'off', maxlength: '36', 'data-testid': 'merge-from' });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'merge-status' });
  const form = h('form', { class: 'merge-form', 'data-testid': 'merge-form', novalidate: true },
    field(t('merge.from'), from, 'from', t('merge.hint')), h('button', { type: 'submit', 'data-testid': 'merge-submit' }, t('merge.submit')));
  submitWith(form, status, async () => {
    if (!window.confirm(t('merge.confirm', { from: from.value.trim(), name: customer.name }))) return;
    const result = await post<MergeResult>(`/api/customers/${customer.id}/merge`, { from: from.value.trim() || null } satisfies MergeRequest);
    await reload();
    return t('merge.done', { cases: result.cases, contacts: result.contacts });
  });
  return h('details', { class: 'customer-merge' }, h('summary', {}, t('merge.title')), form, status);
}
