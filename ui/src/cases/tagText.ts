/**
 * What the tags input says as the case's tags: words split by commas (a Chinese keyboard's too) or spaces, since a
 * case's tag has none; blanks and repeats dropped, in the order typed.
 */
export function parseCaseTags(text: string): string[] {
  return [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];
}

/** The tags as the input shows them, so that saving an unchanged input sends the same tags back. */
export const formatCaseTags = (tags: readonly string[]): string => tags.join(', ');
