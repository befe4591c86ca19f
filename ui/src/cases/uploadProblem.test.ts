import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/ApiError';
import { uploadProblem } from './uploadProblem';

describe('uploadProblem', () => {
  it('says the size limit in MB, under the file input', () => {
    const tooLarge = new ApiError(413, 'The file is too large: at most 10485760 bytes.', 'file', undefined, [], 'attachment.too-large', { max: 10485760 });
    const said = uploadProblem(tooLarge, 'zh');
    expect([said.message, said.field]).toEqual(['文件过大：最大 10 MB。未保存任何内容。', 'file']);
  });

  it("says a 413 without the desk's code, and an upload cut off, as too large", () => {
    expect(uploadProblem(new ApiError(413, '413 Payload Too Large', undefined, undefined, [], 'request.failed'), 'en').message)
      .toBe('The upload was cut off, perhaps because the file is too large. Nothing was stored.');
    expect(uploadProblem(new TypeError('Failed to fetch'), 'en').field).toBe('file');
  });

  it('keeps any other problem as the server said it', () => {
    const mismatch = new ApiError(415, 'Mismatch', 'file', undefined, [], 'attachment.type.mismatch', { declared: 'image/png', actual: 'text/plain' });
    expect(uploadProblem(mismatch, 'en')).toBe(mismatch);
  });
});
