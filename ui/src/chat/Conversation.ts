import { h } from '../shell/dom';
import { call, type ChatEntry, type ChatView } from './chatApi';
import { SeenEntries, type ChatKey } from './chatText';

type Text = (key: ChatKey, values?: Record<string, string | number>) => string;

/** How often typing is told to the agent while keys are pressed. */
const typingEvery = 3000;

/**
 * The live conversation: the stream (an EventSource, which reconnects by itself and resumes after the last event id
 * it saw), the list read out to screen readers as it grows, the agent's typing, a message box and a file button.
 * Every text the customer or agent wrote is set as text, never as markup.
 */
export function conversation(chat: ChatView, text: Text, fail: (error: unknown) => void): HTMLElement {
  const list = h('ol', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': text('chat.messages') });
  const typing = h('p', { class: 'chat-typing', 'aria-live': 'polite' });
  const status = h('p', { class: 'chat-status', role: 'status' });
  const seen = new SeenEntries();
  let typingTimer = 0;

  const show = (entry: ChatEntry) => {
    if (!seen.take(entry.seq)) return;
    const who = entry.direction === 'inbound' ? text('chat.you') : entry.direction === 'outbound' ? text('chat.agent') : text('chat.notice');
    const body = entry.kind === 'attachment' ? text('chat.file', { name: entry.body }) : entry.body;
    list.append(h('li', { class: `chat-entry ${entry.direction}`, 'data-seq': entry.seq },
      h('span', { class: 'chat-who' }, who), h('p', { class: 'chat-body' }, body)));
    if (entry.direction === 'outbound') typing.textContent = '';
    list.lastElementChild?.scrollIntoView({ block: 'end' });
  };

  const stream = new EventSource('/api/chat/stream');
  stream.addEventListener('message', (event) => show(JSON.parse((event as MessageEvent<string>).data) as ChatEntry));
  stream.addEventListener('ready', () => (status.textContent = ''));
  stream.addEventListener('typing', () => {
    typing.textContent = text('chat.agentTyping');
    window.clearTimeout(typingTimer);
    typingTimer = window.setTimeout(() => (typing.textContent = ''), 6000);
  });
  stream.onerror = () => (status.textContent = text('chat.reconnecting'));

  const box = h('textarea', { id: 'chat-message', rows: 2, maxlength: 10000, disabled: chat.fallback });
  let lastTyped = 0;
  box.addEventListener('input', () => {
    if (Date.now() - lastTyped < typingEvery) return;
    lastTyped = Date.now();
    call('POST', '/api/chat/typing').catch(() => undefined);
  });
  const send = async (event: Event) => {
    event.preventDefault();
    const body = box.value.trim();
    if (!body) return;
    try {
      await call('POST', '/api/chat/messages', { body });
      box.value = '';
    } catch (error) {
      fail(error);
    }
  };
  const file = h('input', { id: 'chat-file', type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf', disabled: chat.fallback });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const form = new FormData();
    form.append('file', chosen);
    try {
      await call('POST', '/api/chat/attachments', form);
    } catch (error) {
      fail(error);
    }
    file.value = '';
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) void send(event);
  });

  return h('section', { class: 'chat-conversation' },
    h('p', { class: 'chat-case' }, text('chat.case', { number: chat.caseNumber })),
    chat.fallback ? h('p', { class: 'chat-ticket', role: 'note' }, text('chat.ticket')) : null,
    list, typing, status,
    h('form', { class: 'chat-compose', onsubmit: send },
      h('label', { for: 'chat-message' }, text('chat.message')), box,
      h('div', { class: 'chat-actions' },
        h('label', { class: 'chat-attach', for: 'chat-file' }, text('chat.attach')), file,
        h('button', { type: 'submit', disabled: chat.fallback }, text('chat.send')))));
}
