import { ApiError } from '../api/ApiError';
import { showProblem, tell } from './fieldForm';
import { underListInput } from './problemField';

/**
 * For a form with several buttons (save, send for review, publish…): runs one step with every button disabled,
 * clears what the last step said, puts the API's problem under the field it names (a list item's under the list's
 * one input) or in the status line, then `after` (a reload, the buttons painted again) and the step's sentence.
 */
export function stepRunner(form: HTMLElement, status: HTMLElement, buttons: readonly HTMLButtonElement[], after: () => Promise<void>,
  lists: readonly string[] = ['tags']): (act: () => Promise<string>) => Promise<void> {
  const say = (problem: ApiError) => problem.message;
  return async (act) => {
    for (const button of buttons) button.disabled = true;
    showProblem(form, status, null, say);
    let done = '';
    try {
      done = await act();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showProblem(form, status, underListInput(error, lists), say);
    } finally {
      await after();
    }
    if (done) tell(status, done);
  };
}
