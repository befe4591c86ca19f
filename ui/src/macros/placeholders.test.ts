import { describe, expect, it } from 'vitest';
import { closestPlaceholder, PLACEHOLDERS, placeholdersIn, written } from './placeholders';

describe('placeholders', () => {
  it('writes a placeholder with two braces on each side', () => {
    expect(PLACEHOLDERS.map(written)).toEqual(['{{customer.name}}', '{{case.number}}', '{{case.subject}}', '{{agent.name}}']);
  });

  it('lists the placeholders a text uses, once each, spaces inside the braces ignored', () => {
    expect(placeholdersIn('您好 {{customer.name}}，工单 {{ case.number }} 已处理。{{customer.name}}')).toEqual(['customer.name', 'case.number']);
    expect(placeholdersIn('No placeholder { here }')).toEqual([]);
    expect(placeholdersIn('{{customer.nam}}')).toEqual(['customer.nam']);
  });

  it('guesses the placeholder a typo meant, and nothing for a name far from all of them', () => {
    expect(closestPlaceholder('{{customer.nam}}')).toBe('customer.name');
    expect(closestPlaceholder('case.numbr')).toBe('case.number');
    expect(closestPlaceholder('{{ Agent.Name }}')).toBe('agent.name');
    expect(closestPlaceholder('{{order.total}}')).toBeNull();
  });
});
