import { describe, expect, it } from 'vitest';
import type { KbRevisionView } from '../api/types';
import { kbStateText } from './kbStateText';

const revision = (version: number, status: string, author = 'li.wei') => ({ version, status, author }) as KbRevisionView;

describe('kbStateText', () => {
  it('says which version is being worked on, by whom, and which one agents read', () => {
    expect(kbStateText({ open: revision(3, 'review'), published: revision(2, 'published') }, { from: 'open' }, null, 'en'))
      .toEqual({ text: 'Version 3 (in review) was written by li.wei. Agents read version 2.', status: 'review' });
    expect(kbStateText({ open: revision(1, 'draft'), published: null }, { from: 'open' }, null, 'zh'))
      .toEqual({ text: '第 1 版（草稿），作者 li.wei。客服还看不到这篇文章。', status: 'draft' });
  });

  it("gives the reviewer's comment on a version sent back", () => {
    const shown = { reviewedBy: 'wang.fang', reviewComment: 'Add the daily limit.' };
    expect(kbStateText({ open: null, published: revision(1, 'published') }, { from: 'rejected', version: 2 }, shown, 'en').text)
      .toBe('Version 2 was sent back by wang.fang: "Add the daily limit.". Saving makes a new draft of it. Agents read version 1.');
  });

  it('says that agents read the shipped text of an article never edited here', () => {
    expect(kbStateText({ open: null, published: revision(0, 'published', 'system') }, { from: 'published' }, null, 'zh'))
      .toEqual({ text: '客服当前看到的是系统自带的文本。', status: 'published' });
  });
});
