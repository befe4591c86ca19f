import { describe, expect, it } from 'vitest';
import { openDays, weekRows } from './businessWeek';

describe('businessWeek', () => {
  it('shows the days listed open, the others closed with the first day\'s hours to offer', () => {
    const rows = weekRows([{ day: 'Monday', open: '08:30', close: '17:30' }, { day: 'Saturday', open: '10:00', close: '24:00' }]);
    expect(rows.map((r) => r.day)).toEqual(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
    expect(rows[0]).toEqual({ day: 'Monday', open: true, opens: '08:30', closes: '17:30' });
    expect(rows[1]).toEqual({ day: 'Tuesday', open: false, opens: '08:30', closes: '17:30' });
    expect(rows[5]).toEqual({ day: 'Saturday', open: true, opens: '10:00', closes: '24:00' });
    expect(weekRows([])[2]).toEqual({ day: 'Wednesday', open: false, opens: '09:00', closes: '18:00' });
  });

  it('sends the open days only, in week order, so that days[i] is the i-th open row', () => {
    const rows = weekRows([{ day: 'Sunday', open: '09:00', close: '12:00' }, { day: 'Tuesday', open: '09:00', close: '18:00' }]);
    rows[0] = { ...rows[0]!, open: true, opens: ' 07:00 ', closes: '15:00' };
    expect(openDays(rows)).toEqual([
      { day: 'Monday', open: '07:00', close: '15:00' }, { day: 'Tuesday', open: '09:00', close: '18:00' }, { day: 'Sunday', open: '09:00', close: '12:00' }]);
  });
});
