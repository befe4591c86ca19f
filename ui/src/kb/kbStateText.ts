import type { KbArticleHistory, KbRevisionView } from '../api/types';
import { translate } from '../i18n/i18n';
import type { Language } from '../i18n/messages';
import type { KbStart } from './kbState';

/**
 * The line above the editor: the version being worked on (or the one sent back, with the reviewer's comment) and the
 * one agents read; `status` is what it is about (draft, review, rejected, published or none), for the line's data-status.
 */
export function kbStateText(article: Pick<KbArticleHistory, 'open' | 'published'>, start: KbStart, shown: Pick<KbRevisionView, 'reviewedBy' | 'reviewComment'> | null,
  language: Language): { text: string; status: string } {
  const { open, published } = article;
  const now = open ? translate(language, 'kb.state.open', { version: open.version, status: translate(language, open.status === 'review' ? 'kb.status.review' : 'kb.status.draft'), author: open.author })
    : start.from === 'rejected' && shown
      ? translate(language, 'kb.state.rejected', { version: start.version, reviewer: shown.reviewedBy ?? '', comment: shown.reviewComment ?? '' }) : '';
  const read = !published ? translate(language, 'kb.state.unpublished')
    : published.version === 0 ? translate(language, 'kb.state.seeded') : translate(language, 'kb.state.published', { version: published.version });
  return {
    // Chinese sentences follow one another without a space.
    text: [now, read].filter(Boolean).join(language === 'zh' ? '' : ' '),
    status: open?.status ?? (start.from === 'rejected' ? 'rejected' : published ? 'published' : ''),
  };
}
