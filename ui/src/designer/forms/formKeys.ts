/** A form the product stores: a plain key. Keys with ':' or '/' (Camunda's "embedded:app:forms/x.html") point elsewhere. */
const storedKey = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

export const isStoredKey = (formKey: string | undefined): formKey is string => formKey !== undefined && storedKey.test(formKey);

/** The parts of a bpmn-js moddle element this module reads. */
export interface ModdleElement {
  $type: string;
  id?: string;
  name?: string;
  formKey?: string;
  flowElements?: ModdleElement[];
  rootElements?: ModdleElement[];
  get?(name: string): unknown;
}

export interface FormReference { formKey: string; taskIds: string[]; taskNames: string[] }

function formKeyOf(element: ModdleElement): string | undefined {
  const value = element.formKey ?? element.get?.('camunda:formKey');
  return typeof value === 'string' ? value : undefined;
}

/** Every stored form the diagram's user tasks name, in order of first use, with the tasks that use it. */
export function referencedForms(definitions: ModdleElement): FormReference[] {
  const found = new Map<string, FormReference>();
  const visit = (element: ModdleElement): void => {
    const formKey = element.$type === 'bpmn:UserTask' ? formKeyOf(element) : undefined;
    if (isStoredKey(formKey)) {
      const reference = found.get(formKey) ?? { formKey, taskIds: [], taskNames: [] };
      reference.taskIds.push(element.id ?? '');
      reference.taskNames.push(element.name ?? element.id ?? '');
      found.set(formKey, reference);
    }
    for (const child of element.flowElements ?? []) visit(child);
  };
  for (const root of definitions.rootElements ?? []) visit(root);
  return [...found.values()];
}

/** A new form-js schema for a key: one required text field, so the agent sees something to fill in. */
export function blankForm(formKey: string): FormSchema {
  return {
    type: 'default', id: formKey, schemaVersion: 16, exporter: { name: 'Workflows', version: '1.0' },
    components: [{ type: 'textfield', key: 'note', label: 'Note', id: `${formKey}_note`, validate: { required: true } }],
  };
}

export interface FormSchema { components: unknown[]; [property: string]: unknown }
