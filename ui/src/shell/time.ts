import { currentLanguage } from '../i18n/i18n';

/**
 * The time zone times are shown in: one the user chose (stored), else Asia/Shanghai for Chinese (where the desk
 * works, whatever the laptop says), else the browser's own.
 */
export function userTimeZone(storage: Pick<Storage, 'getItem'> = localStorage): string {
  return storage.getItem('workflows.timeZone') ?? (currentLanguage() === 'zh' ? 'Asia/Shanghai' : Intl.DateTimeFormat().resolvedOptions().timeZone);
}

/** A moment as the user reads it: their language's format, in their time zone; '—' for none. */
export function localTime(iso: string | null | undefined, seconds = false): string {
  if (!iso) return '—';
  return new Intl.DateTimeFormat(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB',
    { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short', timeZone: userTimeZone() })
    .format(new Date(iso));
}
