import { ApiError } from '../api/ApiError';

/**
 * The field a problem about one item of a list belongs under when the form edits the whole list in one input:
 * "tags[2]" of the list "tags" is "tags"; any other field stays as it is.
 */
export function listInputField(field: string | undefined, lists: readonly string[]): string | undefined {
  const match = field ? /^([\w.]+)\[\d+\]$/.exec(field) : null;
  return match?.[1] && lists.includes(match[1]) ? match[1] : field;
}

/** The same problem, named by the input that edits its list (see listInputField). */
export function underListInput(problem: ApiError, lists: readonly string[]): ApiError {
  const field = listInputField(problem.field, lists);
  return field === problem.field ? problem
    : new ApiError(problem.status, problem.message, field, problem.elementId, problem.problems, problem.code, problem.params);
}
