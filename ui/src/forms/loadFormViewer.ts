/** The form-js viewer and its styles, loaded on first use so pages without a form never pay for them. */
export async function loadFormViewer(): Promise<typeof import('@bpmn-io/form-js-viewer').Form> {
  const [{ Form }] = await Promise.all([import('@bpmn-io/form-js-viewer'), import('@bpmn-io/form-js-viewer/dist/assets/form-js.css')]);
  return Form;
}
