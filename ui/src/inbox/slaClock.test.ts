import { describe, expect, it } from 'vitest';
import { moveSelection, timeLeft } from './slaClock';

describe('SLA clock', () => {
  const now = Date.parse('2026-11-23T10:00:00Z');

  it('counts minutes and seconds under an hour, hours and minutes above', () => {
    expect(timeLeft('2026-11-23T10:01:05Z', now)).toEqual({ text: '1:05', breached: false });
    expect(timeLeft('2026-11-23T12:05:00Z', now)).toEqual({ text: '2h 05m', breached: false });
    expect(timeLeft('2026-11-23T12:05:00Z', now, 'zh')).toEqual({ text: '2小时05分', breached: false });
  });

  it('goes negative and red once breached', () => {
    expect(timeLeft('2026-11-23T09:59:30Z', now)).toEqual({ text: '-0:30', breached: true });
  });

  it('has nothing to show without a target', () => {
    expect(timeLeft(null, now)).toBeNull();
  });
});

describe('keyboard selection', () => {
  it('moves down and up within the list and stays at its ends', () => {
    expect(moveSelection('j', 0, 3)).toBe(1);
    expect(moveSelection('ArrowDown', 2, 3)).toBe(2);
    expect(moveSelection('k', 0, 3)).toBe(0);
    expect(moveSelection('End', 0, 3)).toBe(2);
    expect(moveSelection('x', 1, 3)).toBe(1);
    expect(moveSelection('j', -1, 0)).toBe(-1);
  });
});
