/** The placeholders a macro may use, as the server fills them (MacroTemplate.Placeholders). */
export const PLACEHOLDERS = ['customer.name', 'case.number', 'case.subject', 'agent.name'] as const;

export type Placeholder = (typeof PLACEHOLDERS)[number];

/** A placeholder as a macro writes it: "{{customer.name}}". */
export const written = (name: string): string => `{{${name}}}`;

/** The placeholders a text uses, each once, in the order they first appear ("{{ case.number }}" counts as case.number). */
export function placeholdersIn(body: string): string[] {
  return [...new Set([...body.matchAll(/\{\{\s*([^{}]*?)\s*\}\}/g)].map((m) => m[1] ?? ''))];
}

/**
 * The known placeholder a mistyped one most likely meant ("{{customer.nam}}" → customer.name), or null when none is
 * close: at most a third of its letters differ.
 */
export function closestPlaceholder(typed: string): Placeholder | null {
  const name = typed.replace(/^\{\{\s*|\s*\}\}$/g, '').trim().toLowerCase();
  let best: { placeholder: Placeholder; distance: number } | null = null;
  for (const placeholder of PLACEHOLDERS) {
    const distance = editDistance(name, placeholder);
    if (!best || distance < best.distance) best = { placeholder, distance };
  }
  return best && best.distance <= Math.max(1, Math.floor(best.placeholder.length / 3)) ? best.placeholder : null;
}

/** Levenshtein distance: the fewest letters to insert, delete or change to turn a into b. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] ?? 0;
}
