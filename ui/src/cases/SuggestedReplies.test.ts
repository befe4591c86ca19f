import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/i18n';

describe('suggestion texts', () => {
  it('say in both languages why the bot would hand a question over', () => {
    expect(translate('zh', 'handOff.fraud')).toBe('涉及欺诈或账户冻结');
    expect(translate('en', 'suggest.handOff', { reason: translate('en', 'handOff.fraud') }))
      .toBe('Careful: the bot would not answer this itself (it touches fraud or a frozen account).');
  });
});
