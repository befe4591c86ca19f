import { bilingualText } from './bilingualText';
import { currentLanguage, t } from './i18n';
import { messages, type MessageKey } from './messages';

/**
 * A role's name: the roles the app knows have words of their own; a role a module adds is called by the name the
 * server gives it ("Risk analyst / 风控专员"), in the user's language where it has two; else by its key.
 */
export function roleName(key: string, roles: readonly { key: string; name: string }[] = []): string {
  const word = `role.${key}`;
  if (word in messages.en) return t(word as MessageKey);
  const name = roles.find((r) => r.key === key)?.name;
  return name ? bilingualText(name, currentLanguage()) : key;
}
