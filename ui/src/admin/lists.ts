/**
 * A comma-separated field as the API's list: "billing, refunds ,, vip" → ["billing", "refunds", "vip"]. Chinese
 * commas count too, since a Chinese keyboard types them; repeats and blanks are dropped.
 */
export function parseList(text: string): string[] {
  return [...new Set(text.split(/[,，、]/).map((item) => item.trim()).filter(Boolean))];
}

/** A list as the same field shows it, so that saving an unchanged form sends the same list back. */
export const formatList = (items: readonly string[]): string => items.join(', ');
