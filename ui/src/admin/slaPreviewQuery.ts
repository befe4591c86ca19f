/** What a preview asks about: a case's priority, segment and channel, and when it opened (null for now). */
export interface PreviewChoice {
  priority: string;
  segment: string;
  channel: string;
  openedAt: string | null;
}

/** The query of /api/admin/sla/preview for a choice. */
export function previewQuery(choice: PreviewChoice): string {
  const query = new URLSearchParams({ priority: choice.priority, segment: choice.segment, channel: choice.channel });
  if (choice.openedAt) query.set('openedAt', choice.openedAt);
  return query.toString();
}

/** A moment on the clocks of a zone, in a locale (the browser's when undefined): "Sat, 14 Feb 2026, 09:30". */
export function momentIn(iso: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZone })
    .format(new Date(iso));
}
