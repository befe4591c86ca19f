import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../api/ApiError';
import { adminProblemText } from './adminProblemText';

const problem = (code: string, message: string) => new ApiError(400, message, 'userName', undefined, [], code);

describe('adminProblemText', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('says the codes other endpoints use with other meanings in the people forms only', () => {
    vi.stubGlobal('localStorage', { getItem: () => 'zh' });
    vi.stubGlobal('navigator', { languages: ['en'] });
    expect(adminProblemText(problem('userName.invalid', 'A user name is 1 to 100 letters…'))).toBe('用户名须为 1 到 100 个字母、数字或 . _ @ + -，并以字母或数字开头。');
    expect(adminProblemText(problem('key.invalid', 'A team key is…'))).toContain('团队标识');
  });

  it('keeps the sentence http.ts already found for any other code', () => {
    vi.stubGlobal('localStorage', { getItem: () => 'zh' });
    vi.stubGlobal('navigator', { languages: ['en'] });
    expect(adminProblemText(problem('userName.taken', '用户名 li.wei 已被使用。'))).toBe('用户名 li.wei 已被使用。');
    expect(adminProblemText(new ApiError(500, 'Bad gateway'))).toBe('Bad gateway');
  });
});
