import { chatMessages } from '../i18n/chatMessages';

export type ChatLanguage = keyof typeof chatMessages;
export type ChatKey = keyof (typeof chatMessages)['en'];

const languageKey = 'workflows.chat.language';
const largeKey = 'workflows.chat.large';

/** The page's language: the customer's choice, else Chinese unless the browser asks for another language first. */
export function chatLanguage(storage: Pick<Storage, 'getItem'>, browser: readonly string[]): ChatLanguage {
  const chosen = storage.getItem(languageKey);
  if (chosen === 'en' || chosen === 'zh') return chosen;
  const first = browser[0];
  return first !== undefined && !first.toLowerCase().startsWith('zh') ? 'en' : 'zh';
}

export const saveLanguage = (storage: Pick<Storage, 'setItem'>, language: ChatLanguage) => storage.setItem(languageKey, language);

/** Large type for elderly customers, remembered on this device. */
export const largeType = (storage: Pick<Storage, 'getItem'>) => storage.getItem(largeKey) === '1';
export const saveLargeType = (storage: Pick<Storage, 'setItem'>, on: boolean) => storage.setItem(largeKey, on ? '1' : '0');

/** The server's language code for the customer (their codes and notices are written in it). */
export const serverLanguage = (language: ChatLanguage) => (language === 'zh' ? 'zh-CN' : 'en');

export function chatText(language: ChatLanguage, key: ChatKey, values: Record<string, string | number> = {}): string {
  return chatMessages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A problem in the customer's language where its code has words, else the server's sentence. */
export function chatProblem(language: ChatLanguage, code: string | undefined, params: Record<string, unknown> | undefined, fallback: string): string {
  const key = `problem.${code}`;
  if (!code || !(key in chatMessages.en)) return fallback;
  const values = Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)]));
  return chatText(language, key as ChatKey, values);
}

/** Entries already shown, by number: a stream that resumes may repeat none, but a reload of the list must not double one. */
export class SeenEntries {
  private last = 0;
  private readonly seen = new Set<number>();

  /** True the first time a number is offered. */
  take(seq: number): boolean {
    if (this.seen.has(seq)) return false;
    this.seen.add(seq);
    this.last = Math.max(this.last, seq);
    return true;
  }

  get lastSeq(): number {
    return this.last;
  }
}
