import { localTime } from '../shell/time';
import { t } from '../i18n/i18n';

/** The words for seconds, minutes, hours and days. */
export interface Units { s: string; min: string; h: string; d: string }

const ENGLISH: Units = { s: 's', min: 'min', h: 'h', d: 'd' };

/** The units in the reader's language. */
export const localUnits = (): Units => ({ s: t('unit.s'), min: t('unit.min'), h: t('unit.h'), d: t('unit.d') });

/** "45 s", "12 min", "3 h 5 min", "2 d 4 h": how long, at the precision a manager reads at a glance. */
export function duration(seconds: number | null | undefined, u: Units = ENGLISH): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s} ${u.s}`;
  const minutes = Math.floor(s / 60);
  if (minutes < 60) return `${minutes} ${u.min}`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return minutes % 60 ? `${hours} ${u.h} ${minutes % 60} ${u.min}` : `${hours} ${u.h}`;
  const days = Math.floor(hours / 24);
  return hours % 24 ? `${days} ${u.d} ${hours % 24} ${u.h}` : `${days} ${u.d}`;
}

/** A 0–1 rate as "87.5%"; a dash when nothing was measured. */
export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '—' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`;
}

/** A timestamp in the reader's language and time zone, to the second. */
export function when(iso: string | null | undefined): string {
  return localTime(iso, true);
}

/** A duration in the reader's language. */
export const localDuration = (seconds: number | null | undefined) => duration(seconds, localUnits());
