import type { Language } from '../i18n/messages';

/** form-js writes its validation messages in English only; these are its sentences, with their values, in Chinese. */
const chinese: [RegExp, (...values: string[]) => string][] = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, (min) => `不能小于 ${min}。`],
  [/^Field must have maximum value of (.+)\.$/, (max) => `不能大于 ${max}。`],
  [/^Field must have minimum length of (.+)\.$/, (min) => `至少需要 ${min} 个字符。`],
  [/^Field must have maximum length of (.+)\.$/, (max) => `最多 ${max} 个字符。`],
  [/^Field must match pattern (.+)\.$/, (pattern) => `格式不符合要求（${pattern}）。`],
  [/^Value is not a number\.$/, () => '请输入数字。'],
  [/^Value is expected to be an integer\.$/, () => '请输入整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (digits) => `最多保留 ${digits} 位小数。`],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, (a, b) => `请输入有效值，最接近的两个有效值是 ${a} 和 ${b}。`],
  [/^Min validation value is not a valid number\.$/, () => '最小值设置不是有效数字。'],
  [/^Max validation value is not a valid number\.$/, () => '最大值设置不是有效数字。'],
];

/** A form-js validation message in the user's language (a designer's own pattern message is kept as written). */
export function formError(message: string, language: Language): string {
  if (language !== 'zh') return message;
  for (const [pattern, say] of chinese) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return message;
}
