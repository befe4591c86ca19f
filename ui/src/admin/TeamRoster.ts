import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { RosterInput, RosterView, ShiftView, TeamMemberView } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { tell } from '../shell/fieldForm';
import { userTimeZone } from '../shell/time';
import { cellKey, changedCells, entryIndex, rosterCells, rosterEntries, withShift, type RosterCells } from './rosterCells';
import { addDays, mondayOf, todayIn, weekDates } from './weekDates';

/** The roster section, and how the team page tells it of a change to the team's members or shifts. */
export interface TeamRoster {
  element: HTMLElement;
  setMembers(members: readonly TeamMemberView[]): void;
  setShifts(shifts: readonly ShiftView[]): void;
}

/**
 * A team's roster one week at a time: a row per member, a column per day from Monday, and in each cell the shift
 * they work (or none). Save sends the whole week, as the API takes it; moving to another week drops unsaved changes.
 */
export function teamRoster(teamKey: string, members: readonly TeamMemberView[], shifts: readonly ShiftView[]): TeamRoster {
  const url = `/api/teams/${encodeURIComponent(teamKey)}/roster`;
  const state = { monday: mondayOf(todayIn(userTimeZone())), members, shifts, saved: new Map() as RosterCells, edited: new Map() as RosterCells };
  const week = h('strong', { 'data-testid': 'roster-week' });
  const head = h('thead', {});
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'roster-status' });
  const go = (days: number) => { state.monday = addDays(state.monday, days); reload(); };
  const save = h('button', { type: 'button', class: 'primary', 'data-testid': 'roster-save', onclick: () => void store() }, t('roster.save'));
  const element = h('section', { class: 'team-roster' }, h('h3', {}, t('roster.title')),
    h('div', { class: 'toolbar' }, h('button', { type: 'button', 'data-testid': 'roster-prev', onclick: () => go(-7) }, t('roster.prev')), week,
      h('button', { type: 'button', 'data-testid': 'roster-next', onclick: () => go(7) }, t('roster.next'))),
    h('table', { class: 'tasks roster', 'data-testid': 'roster' }, head, body), status, save);

  /** Reads the week shown; a problem reading it (the team gone) is said in the status line. */
  const reload = () => void load().catch((error: unknown) => {
    if (!(error instanceof ApiError)) throw error;
    tell(status, error.message, true);
  });

  async function load(): Promise<void> {
    const monday = state.monday;
    const dates = weekDates(monday);
    paintWeek(dates);
    body.replaceChildren();
    const view = await get<RosterView>(`${url}?from=${dates[0]}&to=${dates[6]}`);
    if (monday !== state.monday) return; // another week was chosen meanwhile
    state.saved = rosterCells(view.entries);
    state.edited = state.saved;
    paint();
    tell(status, '');
  }

  async function store(): Promise<void> {
    const dates = weekDates(state.monday);
    const entries = rosterEntries(state.edited, state.members.map((m) => m.userName), dates);
    body.querySelectorAll('[data-problem-for]').forEach((place) => { place.textContent = ''; });
    save.disabled = true;
    try {
      const view = await request<RosterView>('PUT', url, { from: dates[0] ?? null, to: dates[6] ?? null, entries } satisfies RosterInput);
      state.saved = rosterCells(view.entries);
      state.edited = state.saved;
      paint();
      tell(status, t('roster.saved'));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      // A problem with one entry (an overlap with another team's shift) shows in that day's cell.
      const entry = entries[entryIndex(error.field) ?? -1];
      const place = entry ? body.querySelector(`[data-problem-for="${CSS.escape(cellKey(entry.userName ?? '', entry.date ?? ''))}"]`) : null;
      if (place) place.textContent = error.message;
      tell(status, place ? t('roster.notSaved') : error.message, true);
    } finally {
      save.disabled = false;
    }
  }

  function paintWeek(dates: readonly string[]): void {
    const long = new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
    const day = (date: string) => long.format(new Date(`${date}T00:00:00Z`));
    week.textContent = t('roster.week', { from: day(dates[0] ?? ''), to: day(dates[6] ?? '') });
    const weekday = new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });
    const monthDay = new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    head.replaceChildren(h('tr', {}, h('th', {}, t('roster.member')), ...dates.map((date) => {
      const at = new Date(`${date}T00:00:00Z`);
      return h('th', { 'data-date': date }, weekday.format(at), h('br', {}), h('small', {}, monthDay.format(at)));
    })));
  }

  function cell(member: TeamMemberView, date: string): HTMLElement {
    const key = cellKey(member.userName, date);
    const [first, ...others] = state.edited.get(key) ?? [];
    const known = state.shifts.some((s) => s.id === first);
    const select = h('select', { name: 'shift', 'data-user': member.userName, 'data-date': date, 'aria-label': `${bilingualText(member.displayName, currentLanguage())} ${date}`,
      onchange: () => { state.edited = withShift(state.edited, key, select.value); paintChanges(); } },
    h('option', { value: '' }, t('roster.off')),
    ...state.shifts.map((s) => h('option', { value: s.id, translate: 'no' }, `${s.name} ${s.starts}–${s.ends}`)),
    first && !known ? h('option', { value: first }, '?') : null);
    select.value = first ?? '';
    const more = others.map((id) => state.shifts.find((s) => s.id === id)?.name ?? '?').join(', ');
    return h('td', { 'data-cell': key, 'data-date': date }, select, more ? h('small', { translate: 'no' }, ` + ${more}`) : null,
      h('small', { class: 'field-problem', 'data-problem-for': key, role: 'alert' }));
  }

  function paint(): void {
    const dates = weekDates(state.monday);
    body.replaceChildren(...state.members.map((m) => h('tr', { 'data-member': m.userName },
      h('td', {}, bilingualText(m.displayName, currentLanguage()), ' ', h('small', { translate: 'no' }, m.userName)),
      ...dates.map((date) => cell(m, date)))));
    const empty = state.members.length === 0 ? t('roster.noMembers') : state.shifts.length === 0 ? t('roster.noShifts') : '';
    if (empty) body.append(h('tr', {}, h('td', { colspan: '8' }, empty)));
    paintChanges();
  }

  /** Marks the cells changed since the last save, and counts them. */
  function paintChanges(): void {
    const changed = new Set(changedCells(state.saved, state.edited));
    body.querySelectorAll<HTMLElement>('td[data-cell]').forEach((td) => td.classList.toggle('changed', changed.has(td.dataset.cell ?? '')));
    const was = element.dataset.state;
    element.dataset.state = changed.size > 0 ? 'changed' : 'saved';
    if (changed.size > 0) tell(status, t('roster.unsaved', { count: changed.size }));
    else if (was === 'changed') tell(status, ''); // every change undone by hand
  }

  reload();
  return {
    element,
    setMembers(next) { state.members = next; paint(); },
    // A changed shift moves its rostered days, a deleted one takes them away: the week is read again.
    setShifts(next) { state.shifts = next; reload(); },
  };
}
