import { describe, expect, it } from 'vitest';
import { duration, percent } from './format';

describe('duration', () => {
  it.each([
    [0, '0 s'], [44.6, '45 s'], [60, '1 min'], [3599, '59 min'], [3600, '1 h'], [3900, '1 h 5 min'],
    [86_400, '1 d'], [2 * 86_400 + 4 * 3600 + 59, '2 d 4 h'], [-3, '0 s'],
  ])('%s seconds reads %s', (seconds, text) => expect(duration(seconds)).toBe(text));

  it('speaks the units it is given', () => {
    expect(duration(3900, { s: '秒', min: '分', h: '小时', d: '天' })).toBe('1 小时 5 分');
  });

  it('has a dash for nothing measured', () => {
    expect(duration(null)).toBe('—');
    expect(duration(Number.NaN)).toBe('—');
  });
});

describe('percent', () => {
  it('rounds to a tenth of a percent', () => {
    expect(percent(0.875)).toBe('87.5%');
    expect(percent(1)).toBe('100.0%');
    expect(percent(0.12345)).toBe('12.3%');
    expect(percent(null)).toBe('—');
  });
});
