import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { listInputField, underListInput } from './problemField';

describe('listInputField', () => {
  it("names the input of a list for a problem about one of its items", () => {
    expect(listInputField('tags[0]', ['tags'])).toBe('tags');
    expect(listInputField('tags[12]', ['tags'])).toBe('tags');
  });

  it('leaves other fields, other lists and none as they are', () => {
    expect(listInputField('title', ['tags'])).toBe('title');
    expect(listInputField('days[1]', ['tags'])).toBe('days[1]');
    expect(listInputField('tags[1].name', ['tags'])).toBe('tags[1].name');
    expect(listInputField(undefined, ['tags'])).toBeUndefined();
  });
});

describe('underListInput', () => {
  it('keeps the sentence, code and values of the problem', () => {
    const moved = underListInput(new ApiError(400, 'A tag is 1 to 40 characters.', 'tags[3]', undefined, [], 'kb.tag.invalid', { value: '' }), ['tags']);
    expect([moved.field, moved.message, moved.code, moved.params]).toEqual(['tags', 'A tag is 1 to 40 characters.', 'kb.tag.invalid', { value: '' }]);
  });
});
