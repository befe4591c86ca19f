import { messages, type Language, type MessageKey } from './messages';

const storageKey = 'workflows.language';

/** The language: the one the user chose, else the browser's (Chinese for any zh-*), else English. */
export function currentLanguage(storage: Pick<Storage, 'getItem'> = localStorage, browser: readonly string[] = navigator.languages): Language {
  const chosen = storage.getItem(storageKey);
  if (chosen === 'en' || chosen === 'zh') return chosen;
  return browser.some((l) => l.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(storageKey, language);
}

/** The text for a key in a language, with {name} placeholders filled in. */
export function translate(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export const t = (key: MessageKey, values?: Record<string, string | number>) => translate(currentLanguage(), key, values);

/** An enum code (a status, channel or priority) as a word in the user's language; a code with no word stays as it is. */
export function word(kind: 'status' | 'channel' | 'priority' | 'category' | 'sort', code: string | null | undefined): string {
  if (!code) return '';
  const key = `${kind}.${code}`;
  return key in messages.en ? t(key as MessageKey) : code;
}

/** A problem from the server in the user's language: its code's sentence with its values, else the server's own sentence. */
export function problemText(code: string | undefined, params: Record<string, unknown> | undefined, fallback: string,
  language: Language = currentLanguage()): string {
  const key = `problem.${code}`;
  if (!code || !(key in messages.en)) return fallback;
  const values = Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'number' ? value : String(value)]));
  return translate(language, key as MessageKey, values);
}

/**
 * A task's name: in Chinese, the shipped flow's translation by element id where it has one; otherwise the name the
 * diagram gives (in English the diagram's own name is kept, whatever a designer renamed it to).
 */
export function nodeName(nodeId: string, given: string, language: Language = currentLanguage()): string {
  const key = `node.${nodeId}`;
  return language === 'zh' && key in messages.zh ? translate(language, key as MessageKey) : given;
}
