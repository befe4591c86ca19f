/**
 * The item of a list a problem's field names, and its property: "days[3].date" of the list "days" is
 * { index: 3, property: "date" }, "days[3]" has property ""; null for any other field (or none).
 */
export function listItem(field: string | undefined, list: string): { index: number; property: string } | null {
  if (!field?.startsWith(`${list}[`)) return null;
  const match = /^\[(\d+)\](?:\.([\w.]+))?$/.exec(field.slice(list.length));
  return match ? { index: Number(match[1]), property: match[2] ?? '' } : null;
}
