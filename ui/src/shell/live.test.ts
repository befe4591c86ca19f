import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { concerns, parseChanges, throttled } from './live';

describe('parseChanges', () => {
  it('reads ids and resync', () => {
    expect(parseChanges('{"ids":["a","b"],"resync":false}')).toEqual({ ids: ['a', 'b'], resync: false });
    expect(parseChanges('{"ids":[],"resync":true}')).toEqual({ ids: [], resync: true });
  });

  it('ignores what is not a change', () => {
    expect(parseChanges('not json')).toBeUndefined();
    expect(parseChanges('{"resync":true}')).toBeUndefined();
    expect(parseChanges('{"ids":["a",3,null]}')).toEqual({ ids: ['a'], resync: false });
  });
});

describe('concerns', () => {
  it('matches any named id, and everything on a resync', () => {
    expect(concerns({ ids: ['x', 'y'], resync: false }, 'y')).toBe(true);
    expect(concerns({ ids: ['x'], resync: false }, 'case-1', undefined, null)).toBe(false);
    expect(concerns({ ids: [], resync: true }, 'anything')).toBe(true);
  });
});

describe('throttled', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once for a burst, and again after the last ask', () => {
    const action = vi.fn();
    const gate = throttled(action, 1000);
    gate.ask();
    vi.advanceTimersByTime(0);
    expect(action).toHaveBeenCalledTimes(1);
    for (let i = 0; i < 5; i++) gate.ask();
    vi.advanceTimersByTime(999);
    expect(action).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(action).toHaveBeenCalledTimes(2);
    vi.advanceTimersByTime(5000);
    expect(action).toHaveBeenCalledTimes(2);
  });

  it('runs nothing once stopped', () => {
    const action = vi.fn();
    const gate = throttled(action, 1000);
    gate.ask();
    gate.stop();
    vi.advanceTimersByTime(2000);
    expect(action).not.toHaveBeenCalled();
  });
});
