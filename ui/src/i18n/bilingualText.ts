import type { Language } from './messages';

const chinese = /[\u3400-\u9fff]/;

/**
 * One language's half of a bilingual text. The shipped forms write their labels "English / 中文" so that one form
 * serves both desks, and the demo users their names; a designer or an admin may do the same, or write one language
 * only (shown as written).
 */
export function bilingualText(text: string, language: Language): string {
  const halves = text.split(' / ');
  if (halves.length !== 2) return text;
  const [english = '', chineseHalf = ''] = halves.map((half) => half.trim());
  if (chinese.test(english) || !chinese.test(chineseHalf)) return text;
  return language === 'zh' ? chineseHalf : english;
}

const shownTexts = new Set(['label', 'description', 'placeholder', 'text', 'title']);

/** A form-js schema with every shown text (labels, options, descriptions) in one language; keys and values untouched. */
export function formInLanguage<T>(schema: T, language: Language): T {
  const visit = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key && shownTexts.has(key) ? bilingualText(value, language) : value;
    if (Array.isArray(value)) return value.map((item) => visit(item));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, visit(v, k)]));
    return value;
  };
  return visit(schema) as T;
}
