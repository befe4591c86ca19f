import { bilingualText } from './bilingualText';
import { currentLanguage, word } from './i18n';
import { messages } from './messages';

/** A queue's name: the shipped queues have words of their own; any other team is called by its name, in the user's language where it has two. */
export function queueName(key: string, teams: readonly { key: string; name: string }[]): string {
  if (`queue.${key}` in messages.en) return word('queue', key);
  const name = teams.find((t) => t.key === key)?.name;
  return name ? bilingualText(name, currentLanguage()) : key;
}
