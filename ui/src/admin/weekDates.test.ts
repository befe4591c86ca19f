import { describe, expect, it } from 'vitest';
import { addDays, mondayOf, todayIn, weekDates } from './weekDates';

describe('weekDates', () => {
  it('finds the Monday of any day of its week, a Sunday included', () => {
    expect(mondayOf('2026-03-02')).toBe('2026-03-02');
    expect(mondayOf('2026-03-05')).toBe('2026-03-02');
    expect(mondayOf('2026-03-08')).toBe('2026-03-02');
    expect(mondayOf('2026-03-09')).toBe('2026-03-09');
  });

  it('lists Monday to Sunday across a month and a year end', () => {
    expect(weekDates('2026-12-28')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('steps whole days over a daylight-saving change', () => {
    expect(addDays('2026-03-23', 7)).toBe('2026-03-30');
    expect(addDays('2026-03-30', -7)).toBe('2026-03-23');
  });

  it("reads today's date on the zone's calendar", () => {
    const instant = Date.parse('2026-03-01T17:30:00Z');
    expect(todayIn('Asia/Shanghai', instant)).toBe('2026-03-02');
    expect(todayIn('Europe/London', instant)).toBe('2026-03-01');
  });
});
