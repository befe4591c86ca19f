import { ApiError } from '../api/ApiError';
import { h } from './dom';

/** Where the server's word about one field goes: under the field, empty until a problem names it. */
const problemPlace = (name: string) => h('small', { class: 'field-problem', 'data-problem-for': name, role: 'alert' });

/** A labelled input with its problem place. `name` is the API's field name, which a problem's `field` gives back. */
export function field(label: string, input: HTMLElement, name: string, hint?: string): HTMLElement {
  return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('small', { class: 'hint' }, hint) : null, problemPlace(name));
}

/** Checkboxes (or any rows) under a legend, with the problem place of the list field they make up. */
export function fieldGroup(legend: string, name: string, ...rows: HTMLElement[]): HTMLFieldSetElement {
  return h('fieldset', { class: 'field-group', 'data-field': name }, h('legend', {}, legend), ...rows, problemPlace(name));
}

/** One labelled checkbox. */
export function checkbox(name: string, value: string, label: string, checked: boolean, extra: Record<string, string> = {}): HTMLLabelElement {
  return h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value, checked, ...extra }), ` ${label}`);
}

/**
 * Runs `act` when the form is submitted: clears what the last attempt said, then shows `act`'s sentence in the
 * status line, or the API's problem next to the field it names (in the status line when the form has no such
 * field). `say` turns a problem into words; by default the sentence http.ts already put in the user's language.
 */
export function submitWith(form: HTMLFormElement, status: HTMLElement, act: () => Promise<string | void>,
  say: (problem: ApiError) => string = (problem) => problem.message): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
    if (button) button.disabled = true;
    try {
      showProblem(form, status, null, say);
      const done = await act();
      if (done) tell(status, done);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showProblem(form, status, error, say);
    } finally {
      if (button) button.disabled = false;
    }
  });
}

/** A sentence in a status line, marked as a problem or not (styles.css colours it). */
export function tell(status: HTMLElement, text: string, problem = false): void {
  status.textContent = text;
  status.dataset.state = problem ? 'problem' : 'done';
}

/** Puts a problem by its field (or in the status line); null clears every field's problem. */
export function showProblem(form: HTMLElement, status: HTMLElement, problem: ApiError | null, say: (problem: ApiError) => string): void {
  form.querySelectorAll('[data-problem-for]').forEach((place) => { place.textContent = ''; });
  if (!problem) {
    tell(status, '');
    return;
  }
  const place = problem.field ? form.querySelector(`[data-problem-for="${CSS.escape(problem.field)}"]`) : null;
  if (place) place.textContent = say(problem);
  tell(status, place ? '' : say(problem), !place);
}
