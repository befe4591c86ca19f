import { describe, expect, it } from 'vitest';
import { fileSize } from './fileSize';

describe('fileSize', () => {
  it('says a size in bytes, KB or MB, counting 1024 to the next unit', () => {
    expect(fileSize(512, 'en')).toBe('512 bytes');
    expect(fileSize(512, 'zh')).toBe('512 字节');
    expect(fileSize(300 * 1024, 'en')).toBe('300 KB');
    expect(fileSize(10 * 1024 * 1024, 'zh')).toBe('10 MB');
    expect(fileSize(1.25 * 1024 * 1024, 'en')).toBe('1.3 MB');
  });
});
