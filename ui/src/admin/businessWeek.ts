import type { DayOfWeek, WeekdayHours } from '../api/types';

/** The weekdays as the API names them, Monday first as the desk's week runs. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const satisfies readonly DayOfWeek[];

/** A weekday's row of the form: whether the team works that day, and its hours as typed. */
export interface DayRow {
  day: DayOfWeek;
  open: boolean;
  opens: string;
  closes: string;
}

/**
 * The seven rows for a week of hours: a day the API lists is open with its hours; any other is closed, offering
 * the hours of the week's first open day (09:00–18:00 for none) should it be ticked open.
 */
export function weekRows(days: readonly WeekdayHours[]): DayRow[] {
  const first = days[0];
  return WEEKDAYS.map((day) => {
    const hours = days.find((d) => d.day === day);
    return { day, open: hours !== undefined, opens: hours?.open ?? first?.open ?? '09:00', closes: hours?.close ?? first?.close ?? '18:00' };
  });
}

/** The body's days: the open rows, Monday first. A problem's "days[i]" names the i-th of these. */
export function openDays(rows: readonly DayRow[]): WeekdayHours[] {
  return rows.filter((r) => r.open).map((r) => ({ day: r.day, open: r.opens.trim(), close: r.closes.trim() }));
}
