/**
 * Days as the API writes them ("2026-03-02"), counted in UTC so that no clock change (and no browser zone) moves a
 * day: a roster's week is Monday to Sunday of calendar dates, whatever zone its shifts are in.
 */
const DAY = 86_400_000;
const midnight = (date: string) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The date `days` after (or before, when negative) `date`. */
export const addDays = (date: string, days: number): string => dateOf(midnight(date) + days * DAY);

/** The Monday of the week `date` is in (a Sunday belongs to the week that began six days before). */
export function mondayOf(date: string): string {
  return addDays(date, -((new Date(midnight(date)).getUTCDay() + 6) % 7));
}

/** The seven dates of the week from `monday`. */
export function weekDates(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** Today's date on the wall calendars of a time zone. */
export function todayIn(timeZone: string, now: number = Date.now()): string {
  // en-CA writes dates as yyyy-MM-dd.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));
}
