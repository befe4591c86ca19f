import type { MessageKey } from '../i18n/messages';

/**
 * Why company sign-in was refused, from the address the server sends the browser back to ("#/signin?sso=deactivated");
 * null when it was not.
 */
export function ssoRefusal(hash: string): string | null {
  const query = hash.indexOf('?');
  if (query < 0) return null;
  return new URLSearchParams(hash.slice(query + 1)).get('sso') || null;
}

/** The server's reasons that have words of their own; any other (the provider's own error) is shown as it came. */
export const SSO_REASONS: Record<string, MessageKey> = {
  'deactivated': 'signIn.ssoReason.deactivated',
  'no such user': 'signIn.ssoReason.noSuchUser',
  'the provider named no user': 'signIn.ssoReason.noUserName',
};
