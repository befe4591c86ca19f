/**
 * A wall-clock time as a datetime-local input gives it ("2026-03-01T09:00"), read in a time zone, as an ISO instant.
 * The app shows times in the user's zone (shell/time.ts), which need not be the browser's, so a filter typed in
 * that zone must be read in it too, not by Date's own local time. Null for an empty or unreadable value.
 */
export function wallClockToIso(local: string, timeZone: string): string | null {
  const asIfUtc = Date.parse(`${local}Z`);
  if (!local || Number.isNaN(asIfUtc)) return null;
  // The zone's offset at the guessed instant; asked again at the answer, for a time near a daylight-saving change.
  let instant = asIfUtc - offsetAt(asIfUtc, timeZone);
  instant = asIfUtc - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** How far the zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return wall - Math.floor(instant / 1000) * 1000;
}
