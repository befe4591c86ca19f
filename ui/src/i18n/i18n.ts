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
export type WordKind = 'status' | 'channel' | 'priority' | 'category' | 'cause' | 'sort' | 'journal' | 'direction' | 'message' | 'segment' | 'language'
  | 'token' | 'instance' | 'timer' | 'queue' | 'kb.status' | 'handOff';

export function word(kind: WordKind, code: string | null | undefined): string {
  if (!code) return '';
  const key = `${kind}.${code}`;
  return key in messages.en ? t(key as MessageKey) : code;
}

/** A problem from the server in the user's language: its code's sentence with its values, else the server's own sentence. */
export function problemText(code: string | undefined, params: Record<string, unknown> | undefined, fallback: string,
  language: Language = currentLanguage()): string {
  // A problem about a kind of thing ("not-found" of a case) has its own sentence where there is one.
  const kinded = typeof params?.kind === 'string' ? `problem.${code}.${params.kind}` : '';
  const key = kinded in messages.en ? kinded : `problem.${code}`;
  if (!code || !(key in messages.en)) return fallback;
  const values = Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'number' ? value : String(value)]));
  return translate(language, key as MessageKey, values);
}

/**
 * An element's name in the user's language: in Chinese, the shipped flow's translation by element id, as long as the
 * diagram still gives the shipped English name; otherwise the name the diagram gives (a designer's own words).
 */
export function nodeName(nodeId: string, given: string, language: Language = currentLanguage()): string {
  const key = `node.${nodeId}` as MessageKey;
  const shipped = key in messages.en && messages.en[key] === given;
  return language === 'zh' && shipped ? translate(language, key) : given;
}

/** The name the shipped flow gives an element, back from its translation: what a Chinese designer's diagram saves. */
export function shippedName(nodeId: string, shown: string, language: Language = currentLanguage()): string {
  const key = `node.${nodeId}` as MessageKey;
  return language === 'zh' && key in messages.zh && messages.zh[key] === shown ? messages.en[key] : shown;
}
