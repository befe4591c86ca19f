/** The customer page's calls to /api/chat: the chat cookie goes along; a refusal comes back as a ChatProblem. */
export class ChatProblem extends Error {
  constructor(readonly status: number, readonly code: string | undefined, readonly params: Record<string, unknown> | undefined, detail: string) {
    super(detail);
  }
}

export type { ChatSent, ChatView, ChatSessionView as SessionView } from '../api/types';

/** An entry of the chat's event stream (not in the OpenAPI document: it arrives as server-sent events). */
export interface ChatEntry {
  seq: number;
  direction: 'inbound' | 'outbound' | 'system';
  /** `bot` and `bot-answer` are the assistant's words; a `bot-answer` asks whether its article solved the problem. */
  kind: 'message' | 'attachment' | 'notice' | 'bot' | 'bot-answer';
  body: string;
  at: string;
}

export async function call<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await fetch(url, init);
  const text = await response.text();
  const parsed: unknown = text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const problem = (parsed ?? {}) as { code?: string; params?: Record<string, unknown>; detail?: string; title?: string };
    throw new ChatProblem(response.status, problem.code, problem.params, problem.detail ?? problem.title ?? response.statusText);
  }
  return parsed as T;
}
