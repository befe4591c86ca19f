import { describe, expect, it } from 'vitest';
import { formatCaseTags, parseCaseTags } from './tagText';

describe('parseCaseTags', () => {
  it('splits on commas and spaces, dropping blanks and repeats', () => {
    expect(parseCaseTags(' refund, vip  urgent-callback,,vip ')).toEqual(['refund', 'vip', 'urgent-callback']);
    expect(parseCaseTags('')).toEqual([]);
    expect(parseCaseTags(' ,  ')).toEqual([]);
  });

  it("takes the separators a Chinese keyboard types", () => {
    expect(parseCaseTags('退款，会员、回访；投诉')).toEqual(['退款', '会员', '回访', '投诉']);
  });

  it('reads back what formatCaseTags writes', () => {
    expect(parseCaseTags(formatCaseTags(['退款', 'vip']))).toEqual(['退款', 'vip']);
  });
});
