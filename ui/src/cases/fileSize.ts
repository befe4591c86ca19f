import type { Language } from '../i18n/messages';
import { translate } from '../i18n/i18n';

/** A size in bytes as people say it: "512 bytes", "300 KB", "10 MB" (1 MB = 1024 KB, as the server counts). */
export function fileSize(bytes: number, language: Language): string {
  const number = (value: number) => new Intl.NumberFormat(language === 'zh' ? 'zh-CN' : 'en-GB', { maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return translate(language, 'size.bytes', { value: number(bytes) });
  if (bytes < 1024 * 1024) return translate(language, 'size.kib', { value: number(bytes / 1024) });
  return translate(language, 'size.mib', { value: number(bytes / 1024 / 1024) });
}
