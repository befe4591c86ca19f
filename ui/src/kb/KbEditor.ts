import { ApiError } from '../api/ApiError';
import { get, post, request } from '../api/http';
import type { KbArticleHistory, KbRevisionView } from '../api/types';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import { field, showProblem } from '../shell/fieldForm';
import { stepRunner } from '../shell/stepRunner';
import { kbArticleFields } from './KbArticleFields';
import { articleHref, articleUrl } from './kbAddress';
import { kbActions, kbStart } from './kbState';
import { kbStateText } from './kbStateText';
import { kbVersions } from './KbVersions';

/** The article editor, hidden until an article (or a new one) is opened. */
export interface KbEditor {
  element: HTMLElement;
  open(slug: string, language: string): Promise<void>;
  openNew(): void;
}

/**
 * One article in one language: its text saved as a draft, sent for review, published or sent back with a comment by
 * someone other than its author, and its versions. Each problem shows under its field, or in the status line;
 * `changed` hears that the server's article changed (the list reloads).
 */
export function kbEditor(changed: () => Promise<void>): KbEditor {
  let article: KbArticleHistory | null = null;
  let dirty = false;
  let moved = false;
  const fields = kbArticleFields();
  const { slug, language, title } = fields;
  const comment = h('textarea', { name: 'comment', rows: '2', 'data-testid': 'kb-comment' });
  const button = (testId: string, label: string, type = 'button') => h('button', { type, class: type === 'submit' ? 'primary' : '', 'data-testid': testId }, label);
  const save = button('kb-save-draft', t('kb.saveDraft'), 'submit');
  const submit = button('kb-submit', t('kb.submit'));
  const publish = button('kb-publish', t('kb.publish'));
  const reject = button('kb-reject', t('kb.reject'));
  const heading = h('h3', {});
  const state = h('p', { class: 'kb-state', 'data-testid': 'kb-state' });
  const status = h('p', { class: 'status', role: 'status', 'data-testid': 'kb-status' });
  const versions = kbVersions(status, (version) => void run(async () => {
    const restored = await post<KbRevisionView>(`${address()}/versions/${version}/restore`);
    moved = true;
    return t('kb.restored', { from: version, version: restored.version });
  }));
  const form = h('form', { class: 'admin-form kb-form', 'data-testid': 'kb-form', novalidate: true },
    ...fields.elements, h('div', { class: 'toolbar' }, save, submit),
    h('fieldset', { class: 'kb-review' }, h('legend', {}, t('kb.reviewHint')), field(t('kb.comment'), comment, 'comment', t('kb.commentHint')),
      h('div', { class: 'toolbar' }, publish, reject)), status);
  const element = h('section', { class: 'kb-editor', 'data-testid': 'kb-editor', hidden: true }, heading, state, form, versions.element);
  fields.onInput(() => { dirty = true; });

  const address = () => articleUrl(slug.value.trim(), language.value);

  function paint(): void {
    const can = kbActions(article?.open?.status);
    save.disabled = !can.save;
    submit.disabled = !can.submit;
    publish.disabled = reject.disabled = comment.disabled = !can.publish;
    slug.disabled = language.disabled = article !== null;
    // A version in review is read as it was sent: nobody changes it until it is published or sent back.
    fields.lock(!can.save);
  }

  /** Shows an article as the server has it now (the open revision, one sent back, or the published text). */
  async function load(slugValue: string, languageValue: string): Promise<void> {
    article = await get<KbArticleHistory>(articleUrl(slugValue, languageValue));
    const start = kbStart(article);
    const revision = start.from === 'open' ? article.open : start.from === 'published' ? article.published
      : start.from === 'rejected' ? await get<KbRevisionView>(`${articleUrl(slugValue, languageValue)}/versions/${start.version}`) : null;
    slug.value = article.slug;
    language.value = article.language;
    fields.fill(revision);
    dirty = false;
    heading.textContent = t('kb.editor.editing', { title: revision?.title ?? article.slug });
    const said = kbStateText(article, start, revision, currentLanguage());
    state.textContent = said.text;
    state.dataset.status = said.status;
    versions.show(article);
    paint();
  }

  /** Saves the fields as the draft (a new article gets its address); the saved revision. */
  async function saveDraft(): Promise<KbRevisionView> {
    if (!slug.value.trim()) throw new ApiError(400, t('kb.slugRequired'), 'slug');
    const saved = await request<KbRevisionView>('PUT', `${address()}/draft`, fields.read());
    moved = true;
    dirty = false;
    if (!article) window.history.replaceState(null, '', articleHref(saved.slug, saved.language));
    return saved;
  }

  /** Runs one step; the article reloads when it changed on the server, whether or not the step went through to the end. */
  const run = stepRunner(form, status, [save, submit, publish, reject], async () => {
    if (moved) await Promise.all([load(slug.value.trim(), language.value), changed()]).catch(() => undefined);
    moved = false;
    paint();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(async () => t('kb.saved', { version: (await saveDraft()).version }));
  });
  submit.addEventListener('click', () => void run(async () => {
    const draft = article?.open?.status === 'draft' && !dirty ? article.open.version : (await saveDraft()).version;
    await post<KbRevisionView>(`${address()}/versions/${draft}/submit`);
    moved = true;
    return t('kb.submitted', { version: draft });
  }));
  publish.addEventListener('click', () => void run(async () => {
    const published = await post<KbRevisionView>(`${address()}/versions/${article?.open?.version ?? 0}/publish`);
    moved = true;
    return t('kb.published', { version: published.version });
  }));
  reject.addEventListener('click', () => void run(async () => {
    const rejected = await post<KbRevisionView>(`${address()}/versions/${article?.open?.version ?? 0}/reject`, { comment: comment.value });
    moved = true;
    comment.value = '';
    return t('kb.rejected', { version: rejected.version });
  }));

  function show(): void {
    element.hidden = false;
    form.hidden = false;
    showProblem(form, status, null, (p) => p.message);
    element.scrollIntoView?.({ block: 'nearest' });
  }

  return {
    element,
    async open(slugValue, languageValue) {
      show();
      try {
        await load(slugValue, languageValue);
        title.focus();
      } catch (error) {
        // An address that names no article (an old link): say so where the article would be.
        if (!(error instanceof ApiError)) throw error;
        form.hidden = true;
        heading.textContent = '';
        state.textContent = error.message;
        state.dataset.status = 'missing';
      }
    },
    openNew() {
      article = null;
      show();
      slug.value = '';
      language.value = currentLanguage() === 'zh' ? 'zh-CN' : 'en';
      fields.fill(null);
      dirty = false;
      heading.textContent = t('kb.editor.new');
      state.textContent = t('kb.state.new');
      state.dataset.status = '';
      versions.show(null);
      paint();
      slug.focus();
    },
  };
}
