import { describe, expect, it } from 'vitest';
import type { RosterEntryView } from '../api/types';
import { cellKey, changedCells, entryIndex, rosterCells, rosterEntries, withShift } from './rosterCells';

const entry = (userName: string, date: string, shiftId: string): RosterEntryView =>
  ({ id: `${userName}-${date}-${shiftId}`, userName, date, shiftId, shift: shiftId, startsAt: `${date}T00:00:00Z`, endsAt: `${date}T08:00:00Z` });

describe('rosterCells', () => {
  const saved = rosterCells([entry('li', '2026-03-02', 'early'), entry('li', '2026-03-02', 'late'), entry('wang', '2026-03-03', 'night')]);

  it('groups the entries by agent and day', () => {
    expect(saved.get(cellKey('li', '2026-03-02'))).toEqual(['early', 'late']);
    expect(saved.get(cellKey('wang', '2026-03-03'))).toEqual(['night']);
    expect(saved.size).toBe(2);
  });

  it('sets or clears a cell\'s first shift and keeps a second one', () => {
    const key = cellKey('li', '2026-03-02');
    expect(withShift(saved, key, 'night').get(key)).toEqual(['night', 'late']);
    expect(withShift(saved, key, '').get(key)).toEqual(['late']);
    expect(withShift(saved, cellKey('wang', '2026-03-03'), '').has(cellKey('wang', '2026-03-03'))).toBe(false);
    expect(saved.get(key)).toEqual(['early', 'late']);
  });

  it('finds the cells changed since the last save, added and removed ones too', () => {
    let edited = withShift(saved, cellKey('wang', '2026-03-03'), '');
    edited = withShift(edited, cellKey('zhao', '2026-03-04'), 'early');
    expect(changedCells(saved, edited).sort()).toEqual([cellKey('wang', '2026-03-03'), cellKey('zhao', '2026-03-04')].sort());
    expect(changedCells(saved, withShift(withShift(saved, cellKey('li', '2026-03-02'), 'night'), cellKey('li', '2026-03-02'), 'early'))).toEqual([]);
  });

  it('sends members only, for the days shown, in grid order', () => {
    const cells = withShift(withShift(saved, cellKey('gone', '2026-03-02'), 'early'), cellKey('wang', '2026-03-20'), 'early');
    expect(rosterEntries(cells, ['wang', 'li'], ['2026-03-02', '2026-03-03'])).toEqual([
      { userName: 'wang', date: '2026-03-03', shiftId: 'night' },
      { userName: 'li', date: '2026-03-02', shiftId: 'early' },
      { userName: 'li', date: '2026-03-02', shiftId: 'late' },
    ]);
  });

  it('reads the entry a problem names', () => {
    expect(entryIndex('entries[3].shiftId')).toBe(3);
    expect(entryIndex('entries[12]')).toBe(12);
    expect(entryIndex('to')).toBeNull();
    expect(entryIndex(undefined)).toBeNull();
  });
});
