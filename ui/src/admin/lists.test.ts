import { describe, expect, it } from 'vitest';
import { formatList, parseList } from './lists';

describe('parseList', () => {
  it('splits on commas, trims, and drops blanks and repeats', () => {
    expect(parseList(' billing, refunds ,, vip,billing ')).toEqual(['billing', 'refunds', 'vip']);
    expect(parseList('')).toEqual([]);
    expect(parseList(' , ')).toEqual([]);
  });

  it('takes the commas a Chinese keyboard types', () => {
    expect(parseList('zh-CN，en、ja')).toEqual(['zh-CN', 'en', 'ja']);
  });

  it('reads back what formatList writes', () => {
    expect(parseList(formatList(['zh-CN', 'en']))).toEqual(['zh-CN', 'en']);
  });
});
