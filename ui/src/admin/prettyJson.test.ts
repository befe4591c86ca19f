import { describe, expect, it } from 'vitest';
import { prettyJson } from './prettyJson';

describe('prettyJson', () => {
  it('indents JSON and leaves anything else as it is', () => {
    expect(prettyJson('{"name":"Refunds","members":[]}')).toBe('{\n  "name": "Refunds",\n  "members": []\n}');
    expect(prettyJson('not json')).toBe('not json');
  });
});
