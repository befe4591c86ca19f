import { describe, expect, it } from 'vitest';
import { withMacro } from './withMacro';

describe('withMacro', () => {
  it('fills an empty reply with the macro', () => {
    expect(withMacro('', '您好，张三')).toBe('您好，张三');
    expect(withMacro('  \n', 'Hello')).toBe('Hello');
  });

  it('adds the macro after what the agent wrote, a blank line between', () => {
    expect(withMacro('Thanks for waiting.\n', 'Your case CS-1 is solved.')).toBe('Thanks for waiting.\n\nYour case CS-1 is solved.');
  });
});
