/** An ISO date-time as the server writes a DateTimeOffset: "2026-12-02T10:15:00.1234567+00:00". */
const moment = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A problem's values with each moment in it (a lockout's end) as the user reads times, through `show`; the rest
 * untouched. The server writes moments in UTC; a sentence should give them in the reader's own time zone.
 */
export function withReadableMoments(params: Record<string, unknown> | undefined, show: (iso: string) => string): Record<string, unknown> | undefined {
  if (!params) return params;
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, typeof value === 'string' && moment.test(value) ? show(value) : value]));
}
