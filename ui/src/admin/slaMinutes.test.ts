import { describe, expect, it } from 'vitest';
import { parseWhole, targetText } from './slaMinutes';

describe('targetText', () => {
  it('says minutes under an hour, hours and minutes above, in the units given', () => {
    expect(targetText(45)).toBe('45 min');
    expect(targetText(60)).toBe('1 h');
    expect(targetText(90)).toBe('1 h 30 min');
    expect(targetText(4320)).toBe('72 h');
    expect(targetText(485, { h: '小时', min: '分钟' })).toBe('8 小时 5 分钟');
  });
});

describe('parseWhole', () => {
  it('reads a whole number, empty as null and anything else as undefined', () => {
    expect(parseWhole(' 240 ')).toBe(240);
    expect(parseWhole('')).toBeNull();
    expect(parseWhole('  ')).toBeNull();
    expect(parseWhole('1.5')).toBeUndefined();
    expect(parseWhole('abc')).toBeUndefined();
  });
});
