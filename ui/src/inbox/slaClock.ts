import type { Language } from '../i18n/messages';

/** The SLA time left as an agent reads it: "1:05", "1h 05m" (Chinese "1小时05分"), or negative once breached. */
export function timeLeft(dueAt: string | null | undefined, now: number, language: Language = 'en'): { text: string; breached: boolean } | null {
  if (!dueAt) return null;
  const ms = Date.parse(dueAt) - now;
  const breached = ms < 0;
  const total = Math.floor(Math.abs(ms) / 1000);
  const [hours, minutes, seconds] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const mm = String(minutes).padStart(2, '0');
  const text = hours > 0 ? (language === 'zh' ? `${hours}小时${mm}分` : `${hours}h ${mm}m`) : `${minutes}:${String(seconds).padStart(2, '0')}`;
  return { text: breached ? `-${text}` : text, breached };
}

/** Which row the keyboard selects next: j/↓ and k/↑ move within the list, staying on it. */
export function moveSelection(key: string, current: number, count: number): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown' || key === 'j') return Math.min(count - 1, current + 1);
  if (key === 'ArrowUp' || key === 'k') return Math.max(0, current - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return current;
}
