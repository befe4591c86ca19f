import type { Me } from '../api/types';
import type { MessageKey } from '../i18n/messages';

/** A page of the app: who may open it, and how to show it in a container. */
export interface Page {
  route: string;
  title: MessageKey;
  roles: readonly string[];
  render(container: HTMLElement, me: Me, args: string[]): void | Promise<void>;
  dispose?(): void;
}

/** The pages a user may open: those sharing a role with them (admins open all). */
export function pagesFor(me: Me, pages: readonly Page[]): Page[] {
  return pages.filter((p) => me.roles.includes('admin') || p.roles.some((r) => me.roles.includes(r)));
}

/** "#/designer/refund/2" → { route: "designer", args: ["refund", "2"] }. */
export function parseRoute(hash: string): { route: string; args: string[] } {
  const [route = '', ...args] = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  return { route, args };
}
