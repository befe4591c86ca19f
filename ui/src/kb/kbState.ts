import type { KbArticleHistory } from '../api/types';

/** What the editor's buttons may do, by the status of the article's open revision (none: nothing being worked on). */
export interface KbActions {
  save: boolean;
  submit: boolean;
  publish: boolean;
  reject: boolean;
}

/**
 * A draft (or no open revision) is written and sent for review; a revision in review is published or sent back by a
 * reviewer, and nobody changes it meanwhile. The server checks the same; the buttons only avoid a pointless refusal.
 */
export function kbActions(openStatus: string | null | undefined): KbActions {
  const review = openStatus === 'review';
  return { save: !review, submit: !review, publish: review, reject: review };
}

/** Where the editor's text comes from when an article opens. */
export type KbStart = { from: 'open' } | { from: 'rejected'; version: number } | { from: 'published' } | { from: 'none' };

/**
 * The open revision when there is one; else the latest version when a reviewer sent it back (its author fixes it,
 * and saving makes a new draft of it); else what agents read now.
 */
export function kbStart(history: Pick<KbArticleHistory, 'open' | 'published' | 'versions'>): KbStart {
  if (history.open) return { from: 'open' };
  const latest = [...history.versions].sort((a, b) => b.version - a.version)[0];
  if (latest?.status === 'rejected') return { from: 'rejected', version: latest.version };
  return history.published ? { from: 'published' } : { from: 'none' };
}
