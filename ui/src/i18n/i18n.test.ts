import { describe, expect, it } from 'vitest';
import { currentLanguage, translate } from './i18n';
import { messages } from './messages';

const storage = (value: string | null) => ({ getItem: () => value });

describe('i18n', () => {
  it('has every key in both languages', () => {
    expect(Object.keys(messages.zh).sort()).toEqual(Object.keys(messages.en).sort());
  });

  it('follows the browser until the user chooses', () => {
    expect(currentLanguage(storage(null), ['zh-CN', 'en'])).toBe('zh');
    expect(currentLanguage(storage(null), ['en-GB'])).toBe('en');
    expect(currentLanguage(storage('en'), ['zh-TW'])).toBe('en');
    expect(currentLanguage(storage('bogus'), ['zh-HK'])).toBe('zh');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'designer.published', { key: 'refund', version: 2 })).toBe('Published refund version 2.');
    expect(translate('zh', 'designer.published', { key: 'refund' })).toBe('已发布 refund 第 {version} 版。');
  });
});
