import { describe, expect, it } from 'vitest';
import { wallClockToIso } from './wallClock';

describe('wallClockToIso', () => {
  it('reads the time in the given zone, whatever the machine says', () => {
    expect(wallClockToIso('2026-03-01T09:00', 'Asia/Shanghai')).toBe('2026-03-01T01:00:00.000Z');
    expect(wallClockToIso('2026-03-01T09:00', 'UTC')).toBe('2026-03-01T09:00:00.000Z');
  });

  it('follows daylight saving', () => {
    expect(wallClockToIso('2026-01-15T12:00', 'Europe/London')).toBe('2026-01-15T12:00:00.000Z');
    expect(wallClockToIso('2026-07-15T12:00', 'Europe/London')).toBe('2026-07-15T11:00:00.000Z');
    expect(wallClockToIso('2026-07-15T12:00', 'America/New_York')).toBe('2026-07-15T16:00:00.000Z');
  });

  it('gives nothing for an empty or unreadable value', () => {
    expect(wallClockToIso('', 'UTC')).toBeNull();
    expect(wallClockToIso('soon', 'UTC')).toBeNull();
  });
});
