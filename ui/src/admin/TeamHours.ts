import { request } from '../api/http';
import type { BusinessHoursInput, BusinessHoursView, DayOfWeek } from '../api/types';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith } from '../shell/fieldForm';
import { openDays, WEEKDAYS, weekRows, type DayRow } from './businessWeek';

/** A weekday's name in the user's language; 1 Jan 2024 was a Monday. */
const dayName = (index: number) =>
  new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));

/** One weekday's row: whether the team works then, and its hours; problems show under the input they are about. */
function dayRow(day: DayOfWeek, index: number) {
  const name = dayName(index);
  const works = h('input', { type: 'checkbox', name: 'works', 'data-testid': 'hours-day-open', 'aria-label': t('hours.openOn', { day: name }) });
  const clock = (inputName: string, testId: string, example: string) =>
    h('input', { name: inputName, autocomplete: 'off', inputmode: 'numeric', size: '5', maxlength: '5', placeholder: example, 'data-testid': testId,
      'aria-label': `${name} ${t(inputName === 'open' ? 'hours.col.opens' : 'hours.col.closes')}` });
  const opens = clock('open', 'hours-open', '09:00');
  const closes = clock('close', 'hours-close', '18:00');
  const place = (property: string) => h('small', { class: 'field-problem', role: 'alert', 'data-property': property, 'data-problem-for': '' });
  const places = [place('day'), place('open'), place('close')];
  const element = h('tr', { 'data-day': day },
    h('th', { scope: 'row' }, h('label', { class: 'check' }, works, ` ${name}`), places[0]),
    h('td', {}, opens, places[1]), h('td', {}, closes, places[2]));
  const toggle = () => {
    opens.disabled = closes.disabled = !works.checked;
    element.dataset.open = String(works.checked);
  };
  works.addEventListener('change', toggle);
  return {
    element,
    show(row: DayRow) { works.checked = row.open; opens.value = row.opens; closes.value = row.closes; toggle(); },
    read: (): DayRow => ({ day, open: works.checked, opens: opens.value, closes: closes.value }),
    /** Names the row's problem places after the body's days[i] it is sent as, or after nothing for a closed day. */
    sentAs(i: number | null) {
      for (const p of places) p.dataset.problemFor = i === null ? `closed.${day}.${p.dataset.property}` : `days[${i}].${p.dataset.property}`;
    },
  };
}

/**
 * A team's business hours, in which its SLA clocks run when a policy counts business hours only: a time zone and
 * the hours of each day of the week it works. While the team has none of its own it shows the defaults, and says so.
 */
export function teamHours(teamKey: string, initial: BusinessHoursView): HTMLElement {
  const url = `/api/admin/teams/${encodeURIComponent(teamKey)}/business-hours`;
  const zone = h('input', { name: 'timeZone', autocomplete: 'off', list: `hours-zones-${teamKey}`, translate: 'no', size: '18', 'data-testid': 'hours-zone' });
  const zones = h('datalist', { id: `hours-zones-${teamKey}` }, ...Intl.supportedValuesOf('timeZone').map((z) => h('option', { value: z })));
  const defaults = h('p', { class: 'hint', 'data-testid': 'hours-default' }, t('hours.default'));
  const rows = WEEKDAYS.map(dayRow);
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'hours-status' });
  const form = h('form', { class: 'admin-form', 'data-testid': 'hours', novalidate: true }, defaults, field(t('hours.zone'), zone, 'timeZone'), zones,
    h('table', { class: 'tasks business-hours' }, h('thead', {}, h('tr', {},
      h('th', {}, t('hours.col.day')), h('th', {}, t('hours.col.opens')), h('th', {}, t('hours.col.closes')))), h('tbody', {}, ...rows.map((r) => r.element))),
    h('small', { class: 'field-problem', role: 'alert', 'data-problem-for': 'days' }), h('small', { class: 'hint' }, t('hours.hint')),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'hours-save' }, t('hours.save')), status);

  function paint(hours: BusinessHoursView): void {
    zone.value = hours.timeZone;
    weekRows(hours.days).forEach((row, i) => rows[i]?.show(row));
    defaults.hidden = hours.own;
    form.dataset.own = String(hours.own);
  }

  submitWith(form, status, async () => {
    const read = rows.map((r) => r.read());
    const days = openDays(read);
    // A problem names the sent day by its place in the body ("days[1].close"): each open row answers to its own.
    let sent = 0;
    read.forEach((row, i) => rows[i]?.sentAs(row.open ? sent++ : null));
    paint(await request<BusinessHoursView>('PUT', url, { timeZone: zone.value.trim() || null, days } satisfies BusinessHoursInput));
    return t('hours.saved');
  });

  paint(initial);
  rows.forEach((r) => r.sentAs(null));
  return h('section', { class: 'team-hours' }, h('h3', {}, t('hours.title')), form);
}
