/** The words for hours and minutes after a number ("h", "min"; "小时", "分钟"). */
export interface TimeUnits {
  h: string;
  min: string;
}

const ENGLISH: TimeUnits = { h: 'h', min: 'min' };

/** A target in minutes as read at a glance: "45 min", "4 h", "1 h 30 min", "72 h" (days stay hours, as SLAs are said). */
export function targetText(minutes: number, units: TimeUnits = ENGLISH): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} ${units.min}`;
  return rest ? `${hours} ${units.h} ${rest} ${units.min}` : `${hours} ${units.h}`;
}

/** A whole-number field's value: null when empty (the API's default or its own word), undefined when not a whole number. */
export function parseWhole(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isInteger(value) ? value : undefined;
}
