import { currentLanguage } from '../i18n/i18n';
import { formInLanguage } from '../i18n/bilingualText';
import { formError } from './formErrors';
import { loadFormViewer } from './loadFormViewer';

/** A form on the page: fill it in and submit it, or read it. */
export interface ShownForm { submit(): { data: Record<string, unknown>; errors: Record<string, unknown> }; destroy(): void }

interface Validator {
  validateField(field: unknown, value: unknown): string[];
  validateFieldInstance(instance: unknown, value: unknown): string[];
}

/**
 * A form-js form in the user's language: its bilingual labels reduced to one language, and form-js's own validation
 * messages (English only in form-js) translated as they are made.
 */
export async function showForm(container: HTMLElement, schema: unknown, data: Record<string, unknown> = {}, readOnly = false): Promise<ShownForm> {
  const Form = await loadFormViewer();
  const language = currentLanguage();
  // No debounce: a value typed just before Complete is in the submitted data, not lost in a 300 ms timer.
  const form = new Form({ container, debounce: false, properties: { readOnly } } as ConstructorParameters<typeof Form>[0]);
  const validator = form.get('validator') as Validator;
  const [field, instance] = [validator.validateField.bind(validator), validator.validateFieldInstance.bind(validator)];
  validator.validateField = (f, value) => field(f, value).map((message) => formError(message, language));
  validator.validateFieldInstance = (i, value) => instance(i, value).map((message) => formError(message, language));
  await form.importSchema(formInLanguage(schema, language) as Parameters<typeof form.importSchema>[0], data);
  return form as unknown as ShownForm;
}
