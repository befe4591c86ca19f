import { describe, expect, it } from 'vitest';
import { problemText, translate } from './i18n';

/** Every code the knowledge base, macro, note, tag and attachment endpoints send. */
const codes = ['kb.slug.invalid', 'kb.language.unknown', 'kb.text.required', 'kb.text.too-long', 'kb.category.invalid', 'kb.tags.too-many',
  'kb.tag.invalid', 'kb.comment.required', 'kb.revision.in-review', 'kb.review.own', 'kb.revision.status', 'q.invalid',
  'macro.name.required', 'macro.language.unknown', 'macro.body.required', 'macro.placeholder.unknown', 'macro.placeholder.unclosed',
  'note.body.required', 'case.tags.too-many', 'case.tag.invalid', 'attachment.file.required', 'attachment.too-large',
  'attachment.type.unsupported', 'attachment.type.mismatch', 'media-type.unsupported', 'call.direction.unknown', 'call.number.invalid',
  'call.duration.invalid', 'call.notes.too-long', 'call.started-at.future', 'case.call.channel', 'customer.merge.from.required', 'customer.merge.same'];

describe('problemText for the knowledge base, macros, notes, tags and files', () => {
  it('has words in both languages for every code the server sends', () => {
    for (const code of codes) for (const language of ['en', 'zh'] as const) expect(problemText(code, {}, 'fallback', language), code).not.toBe('fallback');
  });

  it('says which placeholder is unknown, and keeps the braces of an example placeholder', () => {
    const params = { placeholder: '{{customer.nam}}', known: 'customer.name, case.number, case.subject, agent.name' };
    expect(problemText('macro.placeholder.unknown', params, 'fallback', 'zh'))
      .toBe('{{customer.nam}} 不是有效的占位符，请使用 customer.name, case.number, case.subject, agent.name 之一，按下方所列用双花括号书写。');
    expect(problemText('macro.placeholder.unclosed', {}, 'fallback', 'en')).toBe('A placeholder is written with two braces on each side, such as {{customer.name}}.');
  });

  it('names the author who may not publish their own version, and the file types that do not match', () => {
    expect(problemText('kb.review.own', { author: 'manager' }, 'fallback', 'zh')).toBe('这一版是您写的：须由作者（manager）以外的人发布。');
    expect(problemText('attachment.type.mismatch', { declared: 'image/png', actual: 'application/pdf' }, 'fallback', 'en'))
      .toBe('The file says it is image/png, but its content is application/pdf: it was not stored.');
    expect(problemText('case.tag.invalid', { value: 'two words' }, 'fallback', 'zh')).toBe('“two words”不是有效标签：标签须为 1 到 30 个字符，且不含空格。');
  });

  it('labels internal timeline entries in both languages', () => {
    expect(translate('zh', 'note.label')).toBe('内部备注');
    expect(translate('en', 'note.label')).toBe('Internal note');
  });
});
