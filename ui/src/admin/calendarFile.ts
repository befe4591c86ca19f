import type { CalendarDayInput, CalendarDayView, CalendarYearFile } from '../api/types';
import { listItem } from './listField';

/** A calendar file as read: the import's body, or why it is none (not JSON, or JSON without a list of days). */
export type CalendarFileReading = { file: CalendarYearFile } | { problem: 'json'; detail: string } | { problem: 'shape' };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value the server reads as a string: a string as it is, anything else as its JSON (so a bad date is reported by value), null for none. */
const text = (value: unknown): string | null => (value === undefined || value === null ? null : typeof value === 'string' ? value : JSON.stringify(value));

const day = (value: unknown): CalendarDayInput =>
  isRecord(value) ? { date: text(value.date), kind: text(value.kind), name: text(value.name) } : { date: null, kind: null, name: null };

/**
 * A year file as the shipped calendars (cn-2026.json) spell it: {"year": 2026, "days": [{"date", "kind", "name"}]}.
 * The server judges each day; only a file it could not read at all (not JSON, no list of days) stops here.
 */
export function readCalendarFile(content: string): CalendarFileReading {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { problem: 'json', detail: error instanceof Error ? error.message : String(error) };
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.days)) return { problem: 'shape' };
  const year = typeof parsed.year === 'number' ? parsed.year : typeof parsed.year === 'string' && /^\d{4}$/.test(parsed.year) ? Number(parsed.year) : null;
  return {
    file: {
      year: year !== null && Number.isInteger(year) ? year : null,
      source: typeof parsed.source === 'string' ? parsed.source : null,
      provisional: parsed.provisional === true,
      days: parsed.days.map(day),
    },
  };
}

/** The day of the file a problem names ("days[3].date"): its place counted from 1 and its date as written; null for another field. */
export function fileRow(file: CalendarYearFile, field: string | undefined): { row: number; date: string } | null {
  const item = listItem(field, 'days');
  if (!item) return null;
  return { row: item.index + 1, date: file.days?.[item.index]?.date ?? '—' };
}

/** How many holidays and make-up working days a year has. */
export function countKinds(days: readonly CalendarDayView[]): { holidays: number; workdays: number } {
  return { holidays: days.filter((d) => d.kind === 'holiday').length, workdays: days.filter((d) => d.kind === 'workday').length };
}
