import type { FormReference, FormSchema } from './formKeys';

export type FormState = 'here' | 'published' | 'missing';

/**
 * The forms that travel with the diagram open in the designer: loaded with a draft or a version, edited in the
 * form editor, sent with a draft save and a publish. A form the diagram names but the set lacks is taken by the
 * server from the latest published version, so the set tells those apart for the designer.
 */
export class FormSet {
  private readonly forms = new Map<string, FormSchema>();

  constructor(forms: Record<string, FormSchema> = {}) {
    for (const [key, schema] of Object.entries(forms)) this.forms.set(key, schema);
  }

  get(formKey: string): FormSchema | undefined { return this.forms.get(formKey); }

  set(formKey: string, schema: FormSchema): void { this.forms.set(formKey, schema); }

  get size(): number { return this.forms.size; }

  /** Where each named form comes from: this set, the latest published version, or nowhere (publishing will fail). */
  states(references: FormReference[], published: ReadonlySet<string>): Map<string, FormState> {
    return new Map(references.map((r) => [r.formKey, this.forms.has(r.formKey) ? 'here' : published.has(r.formKey) ? 'published' : 'missing']));
  }

  /** The forms to send: every form in the set, as the object the API takes. */
  toJSON(): Record<string, FormSchema> { return Object.fromEntries(this.forms); }
}
