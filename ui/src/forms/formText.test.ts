import { describe, expect, it } from 'vitest';
import { bilingualText, formInLanguage } from '../i18n/bilingualText';
import { formError } from './formErrors';

describe('bilingual form texts', () => {
  it('shows the half in the language of the desk', () => {
    expect(bilingualText('Outcome / 处理结果', 'zh')).toBe('处理结果');
    expect(bilingualText('Outcome / 处理结果', 'en')).toBe('Outcome');
  });

  it('keeps a text that is not written "English / 中文"', () => {
    expect(bilingualText('Amount / currency', 'zh')).toBe('Amount / currency');
    expect(bilingualText('处理结果', 'en')).toBe('处理结果');
    expect(bilingualText('a / b / 丙', 'zh')).toBe('a / b / 丙');
  });

  it('translates labels and option labels but never keys or values', () => {
    const schema = { components: [{ key: 'outcome', label: 'Outcome / 处理结果', values: [{ label: 'Resolved / 已解决', value: 'Resolved / 已解决' }] }] };
    expect(formInLanguage(schema, 'zh')).toEqual({ components: [{ key: 'outcome', label: '处理结果', values: [{ label: '已解决', value: 'Resolved / 已解决' }] }] });
  });
});

describe('form validation messages', () => {
  it('are Chinese on a Chinese desk, with their values', () => {
    expect(formError('Field is required.', 'zh')).toBe('此项为必填项。');
    expect(formError('Field must have maximum length of 4.', 'zh')).toBe('最多 4 个字符。');
    expect(formError('Value is expected to have at most 2 decimal digits.', 'zh')).toBe('最多保留 2 位小数。');
    expect(formError('Field is required.', 'en')).toBe('Field is required.');
    expect(formError('请输入四位数字', 'zh')).toBe('请输入四位数字');
  });
});
