import { describe, expect, it } from 'vitest';
import { chatMessages } from '../i18n/chatMessages';
import { chatLanguage, chatProblem, largeType, SeenEntries } from './chatText';

const storage = (value: string | null) => ({ getItem: () => value });

describe('the chat page', () => {
  it('has every text in Chinese and English', () => {
    expect(Object.keys(chatMessages.zh).sort()).toEqual(Object.keys(chatMessages.en).sort());
  });

  it('speaks Chinese unless the browser or the customer asks for another language', () => {
    expect(chatLanguage(storage(null), ['zh-CN'])).toBe('zh');
    expect(chatLanguage(storage(null), [])).toBe('zh');
    expect(chatLanguage(storage(null), ['en-US', 'zh-CN'])).toBe('en');
    expect(chatLanguage(storage('zh'), ['en-US'])).toBe('zh');
  });

  it('remembers large type', () => {
    expect(largeType(storage('1'))).toBe(true);
    expect(largeType(storage(null))).toBe(false);
  });

  it('says problems in the customer language, else the server sentence', () => {
    expect(chatProblem('zh', 'chat.code.wrong', { triesLeft: 3 }, 'x')).toBe('验证码不正确（还可尝试 3 次）。');
    expect(chatProblem('en', 'chat.unknown', undefined, 'The server says so.')).toBe('The server says so.');
  });

  it('shows each entry once, whatever order the numbers come in', () => {
    const seen = new SeenEntries();
    expect([3, 1, 3, 2, 1].map((n) => seen.take(n))).toEqual([true, true, false, true, false]);
    expect(seen.lastSeq).toBe(3);
  });
});
