import { describe, expect, it } from 'vitest';
import { articleHref, articleUrl } from './kbAddress';

describe('kbAddress', () => {
  it("gives an article's page and API addresses by slug and language", () => {
    expect(articleHref('card-limits', 'zh-CN')).toBe('#/kb/articles/card-limits/zh-CN');
    expect(articleUrl('card-limits', 'en')).toBe('/api/kb/articles/card-limits/en');
  });

  it('keeps a slug typed with odd characters inside its path segment', () => {
    expect(articleUrl('a/b c', 'en')).toBe('/api/kb/articles/a%2Fb%20c/en');
  });
});
