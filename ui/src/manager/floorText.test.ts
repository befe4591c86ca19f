import { describe, expect, it } from 'vitest';
import { atCapacity, loadText, shiftHours } from './floorText';

describe('floorText', () => {
  it('shows load of capacity, or the load alone when not routed', () => {
    expect(loadText(2, 3)).toBe('2/3');
    expect(loadText(0, 0)).toBe('0/0');
    expect(loadText(4, null)).toBe('4');
  });

  it('tells when an agent is full', () => {
    expect(atCapacity(3, 3)).toBe(true);
    expect(atCapacity(2, 3)).toBe(false);
    expect(atCapacity(9, null)).toBe(false);
  });

  it("gives a shift's hours on the reader's clock, an overnight one too", () => {
    expect(shiftHours('2026-03-02T00:00:00Z', '2026-03-02T08:00:00Z', 'Asia/Shanghai')).toBe('08:00–16:00');
    expect(shiftHours('2026-03-02T14:00:00Z', '2026-03-02T22:00:00Z', 'Asia/Shanghai')).toBe('22:00–06:00');
  });
});
