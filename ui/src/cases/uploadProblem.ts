import { ApiError } from '../api/ApiError';
import type { Language } from '../i18n/messages';
import { translate } from '../i18n/i18n';
import { fileSize } from './fileSize';

/**
 * An upload's refusal as the person reads it, under the file input: the size limit in MB rather than bytes, and a
 * 413 a proxy (or the server's own reader) sent without the desk's code said as too large all the same. A fetch that
 * failed outright (the connection cut off mid-upload, as happens with a file far over the limit) is an ApiError too.
 */
export function uploadProblem(error: unknown, language: Language): ApiError {
  const file = (message: string, status = 413) => new ApiError(status, message, 'file', undefined, [], 'attachment.too-large');
  if (!(error instanceof ApiError)) return file(translate(language, 'attachment.cutOff'), 0);
  const max = error.params.max;
  if (error.code === 'attachment.too-large' && typeof max === 'number') return file(translate(language, 'attachment.tooLarge', { size: fileSize(max, language) }));
  if (error.status === 413 && error.code !== 'attachment.too-large') return file(translate(language, 'attachment.cutOff'));
  return error;
}
