import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { ShiftInput, ShiftView } from '../api/types';
import { t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, showProblem, submitWith, tell } from '../shell/fieldForm';

/** The zone a shift is in unless the admin names another: where the desk works (the API's default too). */
const DESK_ZONE = 'Asia/Shanghai';

/**
 * A team's shift templates (早班 08:00–16:00 in Asia/Shanghai), each with Edit and Delete, and one form that adds a
 * shift or, after Edit, changes that one. `changed` hears the team's shifts after every change: the roster offers them.
 */
export function teamShifts(teamKey: string, initial: readonly ShiftView[], changed: (shifts: readonly ShiftView[]) => void): HTMLElement {
  const base = `/api/teams/${encodeURIComponent(teamKey)}/shifts`;
  let shifts = initial;
  let editing: ShiftView | null = null;
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'shifts-status' });

  const name = h('input', { name: 'name', required: true, autocomplete: 'off', maxlength: '60', 'data-testid': 'shift-name' });
  const clock = (inputName: string, testId: string, example: string) =>
    h('input', { name: inputName, required: true, autocomplete: 'off', inputmode: 'numeric', size: '5', maxlength: '5', placeholder: example, 'data-testid': testId });
  const starts = clock('starts', 'shift-starts', '08:00');
  const ends = clock('ends', 'shift-ends', '16:00');
  // Zone ids are the same words in every language; the browser lists the ones it knows.
  const zone = h('input', { name: 'timeZone', autocomplete: 'off', list: `zones-${teamKey}`, translate: 'no', size: '18', 'data-testid': 'shift-zone' });
  const zones = h('datalist', { id: `zones-${teamKey}` }, ...Intl.supportedValuesOf('timeZone').map((z) => h('option', { value: z })));
  const legend = h('h4', {});
  const save = h('button', { type: 'submit', class: 'primary', 'data-testid': 'shift-save' });
  const cancel = h('button', { type: 'button', 'data-testid': 'shift-cancel', onclick: () => edit(null) }, t('shift.cancel'));
  const formStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'shift-form-status' });
  const form = h('form', { class: 'admin-form inline', 'data-testid': 'shift-form', novalidate: true },
    field(t('shift.name'), name, 'name'), field(t('shift.starts'), starts, 'starts'), field(t('shift.ends'), ends, 'ends'),
    field(t('shift.zone'), zone, 'timeZone'), zones, save, cancel, formStatus);

  /** Shows the form for a new shift (null) or for changing one. */
  function edit(shift: ShiftView | null): void {
    editing = shift;
    name.value = shift?.name ?? '';
    starts.value = shift?.starts ?? '';
    ends.value = shift?.ends ?? '';
    zone.value = shift?.timeZone ?? DESK_ZONE;
    legend.textContent = t(shift ? 'shift.editing' : 'shift.new');
    save.textContent = t(shift ? 'shift.save' : 'shift.add');
    cancel.hidden = !shift;
    form.dataset.editing = shift?.id ?? '';
    showProblem(form, formStatus, null, (p) => p.message);
    if (shift) name.focus();
  }

  async function reload(): Promise<void> {
    shifts = await get<ShiftView[]>(base);
    paint();
    changed(shifts);
  }

  async function remove(shift: ShiftView): Promise<void> {
    try {
      await request<void>('DELETE', `${base}/${shift.id}`);
      if (editing?.id === shift.id) edit(null);
      tell(status, t('shift.deleted', { name: shift.name }));
    } catch (error) {
      // A shift still rostered from now on stays: the sentence says to take it off the roster first.
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
    await reload().catch(() => undefined);
  }

  const row = (s: ShiftView) => h('tr', { 'data-shift': s.name, 'data-shift-id': s.id },
    h('td', { translate: 'no' }, s.name),
    h('td', {}, `${s.starts}–${s.ends}`, s.ends <= s.starts ? h('small', {}, ` (${t('shift.overnight')})`) : null),
    h('td', { translate: 'no' }, s.timeZone),
    h('td', {}, h('button', { type: 'button', 'data-testid': 'shift-edit', onclick: () => edit(s) }, t('shift.edit')), ' ',
      h('button', { type: 'button', 'data-testid': 'shift-delete', onclick: () => void remove(s) }, t('shift.delete'))));

  function paint(): void {
    body.replaceChildren(...shifts.map(row));
    if (shifts.length === 0) body.append(h('tr', {}, h('td', { colspan: '4' }, t('shift.none'))));
  }

  submitWith(form, formStatus, async () => {
    const input: ShiftInput = { name: name.value.trim(), starts: starts.value.trim(), ends: ends.value.trim(), timeZone: zone.value.trim() || null };
    const saved = editing
      ? await request<ShiftView>('PUT', `${base}/${editing.id}`, input)
      : await request<ShiftView>('POST', base, input);
    const done = t(editing ? 'shift.saved' : 'shift.added', { name: saved.name });
    edit(null);
    tell(status, done);
    await reload();
  });

  edit(null);
  paint();
  return h('section', { class: 'team-shifts' }, h('h3', {}, t('shift.title')),
    h('table', { class: 'tasks', 'data-testid': 'shifts' }, h('thead', {}, h('tr', {},
      h('th', {}, t('shift.col.name')), h('th', {}, t('shift.col.hours')), h('th', {}, t('shift.col.zone')), h('th', {}, ''))), body),
    status, legend, form, h('small', { class: 'hint' }, t('shift.timeHint')));
}
