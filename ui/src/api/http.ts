import { problemText } from '../i18n/i18n';
import { localTime } from '../shell/time';
import { ApiError, type DiagramProblem } from './ApiError';
import { withReadableMoments } from './problemParams';

interface ProblemBody {
  code?: string;
  params?: Record<string, unknown>;
  title?: string;
  detail?: string;
  field?: string;
  elementId?: string;
  errors?: DiagramProblem[];
}

/** Calls the host's API with the session cookie; any non-2xx answer becomes an ApiError. */
export async function request<T>(method: string, url: string, body?: unknown, contentType = 'application/json'): Promise<T> {
  return (await send<T>(method, url, body, contentType)).body;
}

/** As request, with the status too (201 created versus 200 already there). */
export async function send<T>(method: string, url: string, body?: unknown, contentType = 'application/json',
  headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  // JSON where the server offers a choice (a draft is XML alone or JSON with its forms).
  const init: RequestInit = { method, credentials: 'same-origin', headers: { accept: 'application/json, */*;q=0.8', ...headers } };
  if (body !== undefined) {
    // A form with a file goes as multipart: the browser writes the content type with its boundary.
    if (body instanceof FormData) init.body = body;
    else {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      (init.headers as Record<string, string>)['content-type'] = contentType;
    }
  }
  const response = await fetch(url, init);
  const text = await response.text();
  const parsed: unknown = text && (response.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text;
  if (!response.ok) {
    const problem = (typeof parsed === 'object' && parsed !== null ? parsed : {}) as ProblemBody;
    // The user's language (and time zone, for a moment such as a lockout's end) where the code has words for it;
    // the server's English sentence otherwise.
    const sentence = problem.title ?? problem.detail ?? `${response.status} ${response.statusText}`;
    const params = withReadableMoments(problem.params, (iso) => localTime(iso));
    throw new ApiError(response.status, problemText(problem.code, params, sentence), problem.field, problem.elementId, problem.errors ?? [], problem.code,
      problem.params ?? {});
  }
  return { status: response.status, body: parsed as T };
}

export const get = <T>(url: string) => request<T>('GET', url);
export const post = <T>(url: string, body?: unknown) => request<T>('POST', url, body);
