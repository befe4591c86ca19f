import { ApiError } from '../api/ApiError';
import { get, request } from '../api/http';
import type { CalendarDayView, CalendarYearFile } from '../api/types';
import { bilingualText } from '../i18n/bilingualText';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, submitWith, tell } from '../shell/fieldForm';
import { countKinds, fileRow, readCalendarFile } from './calendarFile';

const url = (year: number) => `/api/admin/holidays/${year}`;

/**
 * A year of the SLA calendar: its holidays (放假) and make-up working days (调休上班), and an import that replaces
 * the year with a file in the shipped format (cn-2026.json). Choosing a file turns to its year; a problem with one
 * of its days names that day by its place in the file and its date.
 */
export function holidaysSection(initialYear: number): HTMLElement {
  const year = h('input', { type: 'number', name: 'year', min: '2000', max: '2100', step: '1', value: String(initialYear), 'data-testid': 'holidays-year' });
  const body = h('tbody', {});
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'holidays-status' });
  const file = h('input', { type: 'file', name: 'file', accept: '.json,application/json', 'data-testid': 'holidays-file' });
  const importStatus = h('p', { class: 'status', role: 'status', 'data-testid': 'holidays-import-status' });
  const form = h('form', { class: 'admin-form inline', 'data-testid': 'holidays-import-form', novalidate: true },
    field(t('holidays.file'), file, 'file'),
    h('button', { type: 'submit', class: 'primary', 'data-testid': 'holidays-import' }, t('holidays.import')), importStatus);
  let shown = initialYear;
  let sent: CalendarYearFile | null = null;

  const chosenYear = () => Number(year.value);
  const weekday = () => new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB', { weekday: 'short', timeZone: 'UTC' });

  function paint(days: readonly CalendarDayView[]): void {
    const names = weekday();
    body.replaceChildren(...days.map((d) => h('tr', { 'data-date': d.date, 'data-kind': d.kind },
      h('td', { translate: 'no' }, d.date, ' ', h('small', { class: 'hint' }, names.format(new Date(`${d.date}T00:00:00Z`)))),
      h('td', {}, d.kind === 'holiday' || d.kind === 'workday' ? t(`holidays.kind.${d.kind}`) : d.kind),
      h('td', {}, bilingualText(d.name, currentLanguage())))));
    if (days.length === 0) body.append(h('tr', {}, h('td', { colspan: '3' }, t('holidays.none', { year: shown }))));
  }

  async function load(): Promise<void> {
    const wanted = chosenYear();
    if (!Number.isInteger(wanted) || wanted < 2000 || wanted > 2100) return;
    shown = wanted;
    try {
      const days = await get<CalendarDayView[]>(url(wanted));
      if (wanted !== chosenYear()) return; // another year was chosen meanwhile
      paint(days);
      tell(status, '');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      tell(status, error.message, true);
    }
  }

  /** The chosen file as the import's body; its problem (not JSON, no days) is said under the file field. */
  async function read(): Promise<CalendarYearFile> {
    const chosen = file.files?.[0];
    if (!chosen) throw new ApiError(400, t('holidays.noFile'), 'file');
    const reading = readCalendarFile(await chosen.text());
    if ('problem' in reading) {
      throw new ApiError(400, reading.problem === 'json' ? t('holidays.notJson', { name: chosen.name, detail: reading.detail })
        : t('holidays.notCalendar', { name: chosen.name }), 'file');
    }
    return reading.file;
  }

  // A file for another year turns the list to that year, which the import then replaces.
  file.addEventListener('change', () => void read().then((chosen) => {
    if (chosen.year !== null && chosen.year !== chosenYear() && chosen.year >= 2000 && chosen.year <= 2100) {
      year.value = String(chosen.year);
      void load();
    }
  }, () => undefined));
  year.addEventListener('change', () => void load());

  submitWith(form, importStatus, async () => {
    sent = null;
    const chosen = await read();
    const target = chosenYear();
    sent = chosen;
    const days = await request<CalendarDayView[]>('PUT', url(target), chosen);
    if (target === chosenYear()) {
      shown = target;
      paint(days);
    }
    return t('holidays.imported', { count: days.length, year: target, ...countKinds(days) });
  }, (problem) => {
    // "days[3].date": the fourth day of the file, said with its date.
    const row = sent ? fileRow(sent, problem.field) : null;
    return row ? t('holidays.row', { row: row.row, date: row.date, problem: problem.message }) : problem.message;
  });

  void load();
  return h('section', { class: 'holidays' }, h('h3', {}, t('holidays.title')),
    h('div', { class: 'toolbar' }, h('label', { class: 'field' }, h('span', {}, t('holidays.year')), year)), status,
    h('table', { class: 'tasks', 'data-testid': 'holidays' }, h('thead', {}, h('tr', {},
      h('th', {}, t('holidays.col.date')), h('th', {}, t('holidays.col.kind')), h('th', {}, t('holidays.col.name')))), body),
    form, h('small', { class: 'hint' }, t('holidays.fileHint')));
}
