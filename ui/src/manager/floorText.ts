/** What the floor shows of an agent's work: how full they are per channel, and the hours of their shift. */

/** "2/3": open tasks of the capacity the routing gives; the count alone when no routed team gives one. */
export function loadText(load: number, capacity: number | null | undefined): string {
  return capacity === null || capacity === undefined ? String(load) : `${load}/${capacity}`;
}

/** Whether the agent holds as much as the routing gives them, so gets nothing more. */
export const atCapacity = (load: number, capacity: number | null | undefined) => capacity !== null && capacity !== undefined && load >= capacity;

/** "08:00–16:00": a shift's start and end as clocks read in a time zone, 24-hour, the same in every language. */
export function shiftHours(startsAt: string, endsAt: string, timeZone: string): string {
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return `${clock.format(new Date(startsAt))}–${clock.format(new Date(endsAt))}`;
}
