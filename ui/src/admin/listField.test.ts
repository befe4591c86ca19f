import { describe, expect, it } from 'vitest';
import { listItem } from './listField';

describe('listItem', () => {
  it('reads the index and property of a list field', () => {
    expect(listItem('days[3].date', 'days')).toEqual({ index: 3, property: 'date' });
    expect(listItem('days[12].close', 'days')).toEqual({ index: 12, property: 'close' });
    expect(listItem('days[0]', 'days')).toEqual({ index: 0, property: '' });
  });

  it('is null for another field, another list or none', () => {
    expect(listItem('days', 'days')).toBeNull();
    expect(listItem('timeZone', 'days')).toBeNull();
    expect(listItem('entries[1].date', 'days')).toBeNull();
    expect(listItem('days[x].date', 'days')).toBeNull();
    expect(listItem(undefined, 'days')).toBeNull();
  });
});
