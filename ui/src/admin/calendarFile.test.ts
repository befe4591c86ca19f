import { describe, expect, it } from 'vitest';
import shipped from '../../../host/Workflows.Desk/Sla/Calendars/cn-2026.json?raw';
import { countKinds, fileRow, readCalendarFile } from './calendarFile';

describe('readCalendarFile', () => {
  it('reads the shipped calendar as the import body', () => {
    const reading = readCalendarFile(shipped);
    if (!('file' in reading)) throw new Error('not read');
    expect(reading.file.year).toBe(2026);
    expect(reading.file.provisional).toBe(false);
    expect(reading.file.days?.[3]).toEqual({ date: '2026-01-04', kind: 'workday', name: '元旦调休上班 / New Year make-up working day' });
    expect(reading.file.days?.length).toBe(39);
  });

  it('leaves judging the days to the server, sending what a bad day holds as text', () => {
    const reading = readCalendarFile('\uFEFF{"year": "2027", "provisional": true, "days": [{"date": 20270101, "kind": "holiday"}, "x"]}');
    expect(reading).toEqual({ file: { year: 2027, source: null, provisional: true, days: [
      { date: '20270101', kind: 'holiday', name: null }, { date: null, kind: null, name: null }] } });
    expect(readCalendarFile('{"days": []}')).toEqual({ file: { year: null, source: null, provisional: false, days: [] } });
  });

  it('says why a file is no calendar', () => {
    expect(readCalendarFile('{"year": 2026,')).toMatchObject({ problem: 'json' });
    expect(readCalendarFile('[1, 2]')).toEqual({ problem: 'shape' });
    expect(readCalendarFile('{"year": 2026, "days": {}}')).toEqual({ problem: 'shape' });
  });
});

describe('fileRow', () => {
  const file = { year: 2026, source: null, provisional: false, days: [{ date: '2026-01-01', kind: 'holiday', name: 'a' }, { date: null, kind: 'x', name: 'b' }] };

  it("names the file's day a problem is about, counted from 1", () => {
    expect(fileRow(file, 'days[0].kind')).toEqual({ row: 1, date: '2026-01-01' });
    expect(fileRow(file, 'days[1].date')).toEqual({ row: 2, date: '—' });
    expect(fileRow(file, 'days[7].date')).toEqual({ row: 8, date: '—' });
    expect(fileRow(file, 'year')).toBeNull();
  });
});

describe('countKinds', () => {
  it('counts holidays and make-up working days', () => {
    expect(countKinds([{ date: '2026-01-01', kind: 'holiday', name: '' }, { date: '2026-01-04', kind: 'workday', name: '' }, { date: '2026-01-02', kind: 'holiday', name: '' }]))
      .toEqual({ holidays: 2, workdays: 1 });
  });
});
