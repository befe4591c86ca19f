import type { RosterEntryInput, RosterEntryView } from '../api/types';

/**
 * A roster week as its grid holds it: per agent and day, the ids of the shifts they work that day. A cell's select
 * edits its first shift; a second shift on the same day (the API allows two that do not overlap) is kept as it is.
 */
export type RosterCells = ReadonlyMap<string, readonly string[]>;

export const cellKey = (userName: string, date: string) => `${userName}|${date}`;

/** The cells of the API's entries. */
export function rosterCells(entries: readonly RosterEntryView[]): RosterCells {
  const cells = new Map<string, string[]>();
  for (const e of entries) {
    const key = cellKey(e.userName, e.date);
    cells.set(key, [...(cells.get(key) ?? []), e.shiftId]);
  }
  return cells;
}

/** The cells with one cell's first shift set to `shiftId`, or taken off for ''. */
export function withShift(cells: RosterCells, key: string, shiftId: string): RosterCells {
  const [, ...others] = cells.get(key) ?? [];
  const next = new Map(cells);
  const shifts = shiftId ? [shiftId, ...others] : others;
  if (shifts.length > 0) next.set(key, shifts);
  else next.delete(key);
  return next;
}

/** The keys of the cells that differ between the saved roster and the edited one. */
export function changedCells(saved: RosterCells, edited: RosterCells): string[] {
  const keys = new Set([...saved.keys(), ...edited.keys()]);
  return [...keys].filter((key) => (saved.get(key) ?? []).join() !== (edited.get(key) ?? []).join());
}

/**
 * The body's entries for the members and dates shown, in grid order (member by member, day by day). An agent no
 * longer in the team is left out: the API takes members only.
 */
export function rosterEntries(cells: RosterCells, members: readonly string[], dates: readonly string[]): RosterEntryInput[] {
  return members.flatMap((userName) => dates.flatMap((date) =>
    (cells.get(cellKey(userName, date)) ?? []).map((shiftId) => ({ userName, date, shiftId }))));
}

/** Which entry a problem's field names ("entries[3].shiftId", "entries[3]"), or null for another field. */
export function entryIndex(field: string | undefined): number | null {
  const match = /^entries\[(\d+)\]/.exec(field ?? '');
  return match ? Number(match[1]) : null;
}
