import type { ApiError } from '../api/ApiError';
import { t } from '../i18n/i18n';
import { messages, type MessageKey } from '../i18n/messages';

/**
 * A problem from the people API in words. A few codes are named after a field alone (userName.invalid, key.invalid,
 * name.invalid), and other endpoints answer them with other meanings (a manager's "no such user", a draft's key),
 * so their sentences here live under "admin.problem.*" and are used only by the forms that make users, teams and
 * tokens; every other code is already in the user's language (see problemText).
 */
export function adminProblemText(problem: ApiError): string {
  const key = `admin.problem.${problem.code ?? ''}`;
  return key in messages.en ? t(key as MessageKey) : problem.message;
}
