import { describe, expect, it } from 'vitest';
import { withReadableMoments } from './problemParams';

const show = (iso: string) => `<${iso}>`;

describe('withReadableMoments', () => {
  it('shows moments through the given format and leaves other values alone', () => {
    expect(withReadableMoments({ until: '2026-12-02T10:15:00.1234567+00:00', value: 'li.wei', minimum: 10 }, show))
      .toEqual({ until: '<2026-12-02T10:15:00.1234567+00:00>', value: 'li.wei', minimum: 10 });
    expect(withReadableMoments({ at: '2026-12-02T10:15Z' }, show)).toEqual({ at: '<2026-12-02T10:15Z>' });
  });

  it('takes no date without a time, and nothing for nothing', () => {
    expect(withReadableMoments({ day: '2026-12-02' }, show)).toEqual({ day: '2026-12-02' });
    expect(withReadableMoments(undefined, show)).toBeUndefined();
  });
});
