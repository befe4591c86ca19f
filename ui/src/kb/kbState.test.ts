import { describe, expect, it } from 'vitest';
import type { KbArticleHistory, KbRevisionView } from '../api/types';
import { kbActions, kbStart } from './kbState';

const line = (version: number, status: string) => ({ version, status, author: 'manager', updatedAt: '2026-03-02T08:00:00Z', reviewedBy: null });
const revision = (version: number, status: string) => ({ version, status }) as KbRevisionView;
const history = (versions: ReturnType<typeof line>[], open: KbRevisionView | null, published: KbRevisionView | null):
  Pick<KbArticleHistory, 'open' | 'published' | 'versions'> => ({ versions, open, published });

describe('kbActions', () => {
  it('saves and submits a draft or a new article, and only publishes or rejects one in review', () => {
    expect(kbActions(null)).toEqual({ save: true, submit: true, publish: false, reject: false });
    expect(kbActions('draft')).toEqual({ save: true, submit: true, publish: false, reject: false });
    expect(kbActions('review')).toEqual({ save: false, submit: false, publish: true, reject: true });
  });
});

describe('kbStart', () => {
  it('opens the revision being worked on first', () => {
    expect(kbStart(history([line(2, 'draft'), line(1, 'published')], revision(2, 'draft'), revision(1, 'published')))).toEqual({ from: 'open' });
  });

  it('opens a version sent back by its reviewer, so that its author fixes it', () => {
    expect(kbStart(history([line(1, 'published'), line(2, 'rejected')], null, revision(1, 'published')))).toEqual({ from: 'rejected', version: 2 });
  });

  it('opens the published text when nothing newer is there, and nothing for an article without versions', () => {
    expect(kbStart(history([line(3, 'published'), line(2, 'rejected'), line(1, 'superseded')], null, revision(3, 'published')))).toEqual({ from: 'published' });
    expect(kbStart(history([], null, revision(0, 'published')))).toEqual({ from: 'published' });
    expect(kbStart(history([], null, null))).toEqual({ from: 'none' });
  });
});
