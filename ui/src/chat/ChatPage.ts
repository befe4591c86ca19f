import { h } from '../shell/dom';
import { call, ChatProblem, type ChatView, type SessionView } from './chatApi';
import { conversation } from './Conversation';
import { chatLanguage, chatProblem, chatText, largeType, saveLanguage, saveLargeType, serverLanguage, type ChatKey, type ChatLanguage } from './chatText';

/**
 * The customer page at /chat, mobile first: prove a phone number or email with a code, say what is wrong, then talk.
 * The language (中文 / English) and large type are the customer's choice, kept on their device.
 */
export function mountChatPage(root: HTMLElement): void {
  let language: ChatLanguage = chatLanguage(localStorage, navigator.languages);
  let session: SessionView = { verified: false, chat: null };
  let address = '';
  let codeSent = false;
  const text = (key: ChatKey, values?: Record<string, string | number>) => chatText(language, key, values);
  const error = h('p', { class: 'chat-error', role: 'alert' });
  const fail = (e: unknown) => {
    error.textContent = e instanceof ChatProblem ? chatProblem(language, e.code, e.params, e.message) : text('chat.failed', { detail: String(e) });
  };
  const attempt = (work: () => Promise<void>) => async (event: Event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      await work();
    } catch (e) {
      fail(e);
    }
  };

  const field = (id: string, label: ChatKey, props: Record<string, unknown>) => [h('label', { for: id }, text(label)), h('input', { id, name: id, ...props })];
  const value = (id: string) => (root.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? '').trim();

  const body = (): HTMLElement => {
    if (session.chat) return conversation(session.chat, text, fail);
    if (session.verified)
      return h('form', { class: 'chat-step', onsubmit: attempt(async () => {
        session = { verified: true, chat: await call<ChatView>('POST', '/api/chat/start', { message: value('chat-first') }) };
        render();
      }) }, h('label', { for: 'chat-first' }, text('chat.first')), h('textarea', { id: 'chat-first', rows: 4, required: true, maxlength: 10000 }),
      h('button', { type: 'submit' }, text('chat.start')));
    if (codeSent)
      return h('form', { class: 'chat-step', onsubmit: attempt(async () => {
        session = await call<SessionView>('POST', '/api/chat/verify', { address, code: value('chat-code'), name: value('chat-name') || null });
        render();
      }) }, h('p', {}, text('chat.codeSent', { address })),
      ...field('chat-code', 'chat.code', { inputmode: 'numeric', autocomplete: 'one-time-code', pattern: '[0-9]{6}', maxlength: 6, required: true }),
      ...field('chat-name', 'chat.name', { autocomplete: 'name', maxlength: 100 }),
      h('button', { type: 'submit' }, text('chat.verify')),
      h('button', { type: 'button', class: 'link', onclick: () => { codeSent = false; render(); } }, text('chat.otherAddress')));
    return h('form', { class: 'chat-step', onsubmit: attempt(async () => {
      address = value('chat-address');
      await call('POST', '/api/chat/codes', { address, language: serverLanguage(language) });
      codeSent = true;
      render();
    }) }, ...field('chat-address', 'chat.address', { autocomplete: 'tel email', required: true, maxlength: 254, value: address }),
    h('button', { type: 'submit' }, text('chat.sendCode')));
  };

  const render = () => {
    document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
    document.title = text('chat.title');
    const large = largeType(localStorage);
    root.className = large ? 'chat-page large' : 'chat-page';
    root.replaceChildren(
      h('header', { class: 'chat-header' }, h('h1', {}, text('chat.title')),
        h('button', { type: 'button', lang: language === 'zh' ? 'en' : 'zh-CN', 'aria-label': text('chat.languageLabel'), onclick: () => {
          language = language === 'zh' ? 'en' : 'zh';
          saveLanguage(localStorage, language);
          render();
        } }, text('chat.language')),
        h('button', { type: 'button', 'aria-pressed': String(large), onclick: () => { saveLargeType(localStorage, !large); render(); } }, text('chat.large'))),
      error, body());
  };

  void call<SessionView>('GET', '/api/chat/session').then((s) => { session = s; render(); }, fail);
  render();
}
