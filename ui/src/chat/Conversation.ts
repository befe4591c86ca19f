import { h } from '../shell/dom';
import { call, type ChatEntry, type ChatSent, type ChatView } from './chatApi';
import { SeenEntries, type ChatKey } from './chatText';

type Text = (key: ChatKey, values?: Record<string, string | number>) => string;

/** How often typing is told to the agent while keys are pressed. */
const typingEvery = 3000;

/**
 * The live conversation: the stream (an EventSource, which reconnects by itself and resumes after the last event id
 * it saw), the list read out to screen readers as it grows, the agent's typing, a message box and a file button.
 * While the assistant (the bot) answers there is no case yet; its article comes with two buttons for "did this solve
 * it?", and when it hands over, the case's number appears above. Every text is set as text, never as markup.
 */
export function conversation(initial: ChatView, text: Text, fail: (error: unknown) => void): HTMLElement {
  let chat = initial;
  const list = h('ol', { class: 'chat-log', role: 'log', 'aria-live': 'polite', 'aria-label': text('chat.messages') });
  const typing = h('p', { class: 'chat-typing', 'aria-live': 'polite' });
  const status = h('p', { class: 'chat-status', role: 'status' });
  const seen = new SeenEntries();
  let typingTimer = 0;

  const heading = h('p', { class: 'chat-case' });
  const ticket = h('p', { class: 'chat-ticket', role: 'note', hidden: true }, text('chat.ticket'));
  const quick = h('div', { class: 'chat-quick', hidden: true });

  const show = (entry: ChatEntry) => {
    if (!seen.take(entry.seq)) return;
    const bot = entry.kind === 'bot' || entry.kind === 'bot-answer';
    const who = entry.direction === 'inbound' ? text('chat.you') : bot ? text('chat.bot') : entry.direction === 'outbound' ? text('chat.agent') : text('chat.notice');
    const body = entry.kind === 'attachment' ? text('chat.file', { name: entry.body }) : entry.body;
    list.append(h('li', { class: `chat-entry ${entry.direction}`, 'data-seq': entry.seq },
      h('span', { class: 'chat-who' }, who), h('p', { class: 'chat-body' }, body)));
    if (entry.direction === 'outbound') typing.textContent = '';
    // The two answers belong to the newest entry only: anything after the article's question replaces them.
    if (entry.seq === seen.lastSeq) quick.hidden = entry.kind !== 'bot-answer';
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

  const box = h('textarea', { id: 'chat-message', rows: 2, maxlength: 10000 });
  let lastTyped = 0;
  box.addEventListener('input', () => {
    if (Date.now() - lastTyped < typingEvery) return;
    lastTyped = Date.now();
    call('POST', '/api/chat/typing').catch(() => undefined);
  });
  const say = async (body: string) => {
    try {
      update((await call<ChatSent>('POST', '/api/chat/messages', { body })).chat);
      return true;
    } catch (error) {
      fail(error);
      return false;
    }
  };
  const send = async (event: Event) => {
    event.preventDefault();
    const body = box.value.trim();
    if (body && (await say(body))) box.value = '';
  };
  quick.append(
    h('button', { type: 'button', onclick: () => { quick.hidden = true; void say('1'); } }, text('chat.solved')),
    h('button', { type: 'button', onclick: () => { quick.hidden = true; void say('2'); } }, text('chat.notSolved')));
  const file = h('input', { id: 'chat-file', type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp,application/pdf' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    const form = new FormData();
    form.append('file', chosen);
    try {
      update((await call<ChatSent>('POST', '/api/chat/attachments', form)).chat);
    } catch (error) {
      fail(error);
    }
    file.value = '';
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) void send(event);
  });

  const submit = h('button', { type: 'submit' }, text('chat.send'));
  /** The chat as the server last described it: the assistant's, a live case, or a ticket that takes no more messages here. */
  const update = (next: ChatView) => {
    chat = next;
    heading.textContent = chat.caseNumber ? text('chat.case', { number: chat.caseNumber }) : text('chat.botIntro');
    ticket.hidden = !chat.fallback;
    for (const control of [box, file, submit]) control.disabled = chat.fallback;
  };
  update(chat);

  return h('section', { class: 'chat-conversation' },
    heading, ticket, list, quick, typing, status,
    h('form', { class: 'chat-compose', onsubmit: send },
      h('label', { for: 'chat-message' }, text('chat.message')), box,
      h('div', { class: 'chat-actions' },
        h('label', { class: 'chat-attach', for: 'chat-file' }, text('chat.attach')), file, submit)));
}
