import type BpmnModeler from 'bpmn-js/lib/Modeler';
import { ApiError, type DiagramProblem } from '../api/ApiError';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { get, request, send } from '../api/http';
import type { DefinitionVersion } from '../api/types';
import { currentLanguage, t } from '../i18n/i18n';
import { h } from '../shell/dom';
import type { Page } from '../shell/pages';
import type { ElementTemplate } from './activities/ElementTemplate';
import { createModeler } from './createModeler';
import { fitBesidePalette } from './fitBesidePalette';
import { renderDefinitionList } from './DefinitionList';
import { isDmn, publishDecisions, renderDecisionList } from './decisions/DecisionFiles';
import { newDiagram } from './newDiagram';
import type ServerProblems from './problems/ServerProblems';
import type ServerLint from './lint/ServerLint';
import { SERVER_RULE } from './lint/ServerLint';
import { referencedForms, type FormSchema, type ModdleElement } from './forms/formKeys';
import { showFormsDialog } from './forms/FormsDialog';
import { FormSet } from './forms/FormSet';
import localizedNames from '../diagram/localizedNames';
import { localizedTemplates } from './activities/localizedTemplates';

/** What bpmnlint reports, by rule. */
interface LintIssues { [rule: string]: { category: string; message: string }[] }
interface Draft { xml: string; forms: Record<string, FormSchema> }
type Forms = Record<string, FormSchema>;

let modeler: BpmnModeler | undefined;
let viewer: NavigatedViewer | undefined;
/** Bumped by every render and dispose: a render that awaited past a newer one stops instead of building a second modeler. */
let generation = 0;

/** The designer: definitions and versions on the left, the modeler in the middle, properties on the right. */
export const designerPage: Page = {
  route: 'designer',
  title: 'nav.designer',
  roles: ['designer', 'admin'],
  dispose: () => {
    generation++;
    modeler?.destroy();
    viewer?.destroy();
    modeler = viewer = undefined;
  },
  async render(container, _me, [key, version]) {
    const list = h('ul', { class: 'definitions', 'data-testid': 'definitions' });
    const status = h('div', { class: 'status', role: 'status', 'data-testid': 'status' });
    const problems = h('ol', { class: 'problems', 'data-testid': 'problems' });
    const canvas = h('div', { class: 'canvas', 'data-testid': 'canvas' });
    const viewerCanvas = h('div', { class: 'canvas', 'data-testid': 'viewer', hidden: true });
    const readOnly = h('div', { class: 'read-only', hidden: true, 'data-testid': 'read-only' });
    const panel = h('div', { class: 'properties' });
    const decisionList = h('ul', { class: 'definitions', 'data-testid': 'decisions' });
    const file = h('input', { type: 'file', accept: '.bpmn,.dmn,.xml', hidden: true, 'data-testid': 'import-file' });
    const toolbar = h('div', { class: 'toolbar' },
      h('button', { 'data-action': 'new', onclick: () => void open(newDiagram()) }, t('designer.new')),
      h('button', { 'data-action': 'import', onclick: () => file.click() }, t('designer.import')), file,
      h('button', { 'data-action': 'export', onclick: () => void exportXml() }, t('designer.export')),
      h('button', { 'data-action': 'forms', onclick: async () => showForms(m, await processKey()) }, t('forms.button')),
      h('button', { 'data-action': 'save-draft', onclick: () => void saveDraft() }, t('designer.saveDraft')),
      h('button', { 'data-action': 'publish', class: 'primary', onclick: () => void publish() }, t('designer.publish')));
    container.replaceChildren(h('div', { class: 'designer' },
      h('aside', {}, h('h2', {}, t('designer.definitions')), list, h('h2', {}, t('designer.decisions')), decisionList),
      h('section', { class: 'work' }, toolbar, status, readOnly, canvas, viewerCanvas, problems), panel));

    const mine = ++generation;
    const templates = localizedTemplates(await get<ElementTemplate[]>('/api/element-templates'), currentLanguage());
    if (mine !== generation) return;
    modeler?.destroy();
    modeler = createModeler(canvas, panel, templates);
    const m = modeler;
    /** The forms that travel with the diagram in the editor; replaced whenever another diagram opens. */
    let forms = new FormSet();
    const serverProblems = m.get<ServerProblems>('serverProblems');
    m.get<ServerLint>('serverLint').formsFrom(() => forms.toJSON());
    m.get<{ on(e: string, f: (e: { element: unknown }) => void): void }>('eventBus').on('elementTemplates.select', ({ element }) => chooseTemplate(element));

    async function open(xml: string, label?: string, withForms: Forms = {}): Promise<void> {
      forms = new FormSet(withForms);
      [canvas.hidden, viewerCanvas.hidden, readOnly.hidden, toolbar.hidden] = [false, true, true, false];
      const started = performance.now();
      performance.mark('designer-open-start');
      await m.importXML(xml);
      fitBesidePalette(m.get('canvas'), canvas);
      performance.measure('designer-open', 'designer-open-start');
      const ms = Math.round(performance.now() - started);
      canvas.dataset.openedMs = String(ms);
      serverProblems.clear();
      problems.replaceChildren();
      status.classList.remove('error');
      status.replaceChildren(...(label ? [h('span', { translate: 'no' }, label), ' · '] : []), t('designer.opened', { ms }));
    }

    /** A published version, shown in a viewer: it cannot change; "New version from this" copies it into the editor. */
    async function view(xml: string, key: string, version: string): Promise<void> {
      viewer?.destroy();
      viewer = new NavigatedViewer({ container: viewerCanvas, additionalModules: [localizedNames] });
      [canvas.hidden, viewerCanvas.hidden, readOnly.hidden, toolbar.hidden] = [true, false, false, true];
      await viewer.importXML(xml);
      (viewer.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
      const versionForms = await request<Forms>('GET', `/api/definitions/${encodeURIComponent(key)}/versions/${version}/forms`);
      const shown = viewer;
      readOnly.replaceChildren(h('span', {}, h('span', { translate: 'no' }, key), ` · ${t('designer.readOnly', { version })}`), ' ',
        h('button', { 'data-action': 'edit-copy', onclick: () => void open(xml, `${key} v${version}`, versionForms) }, t('designer.editCopy')), ' ',
        h('button', { 'data-action': 'view-forms', onclick: () => void showForms(shown, key, versionForms) }, t('forms.button')));
    }

    /** The forms of the diagram in the editor, or (with a version's forms) of a published version, read-only. */
    async function showForms(diagram: { getDefinitions(): unknown }, key: string, versionForms?: Forms): Promise<void> {
      const references = referencedForms(diagram.getDefinitions() as ModdleElement);
      await showFormsDialog(references, versionForms ? new FormSet(versionForms) : forms, key, versionForms !== undefined,
        (formKey) => { status.textContent = t('forms.kept', { key: formKey }); });
    }

    async function processKey(): Promise<string> {
      return (m.getDefinitions() as { rootElements?: { $type: string; id: string }[] }).rootElements?.find((e) => e.$type === 'bpmn:Process')?.id ?? 'diagram';
    }

    async function saveDraft(): Promise<void> {
      const { xml } = await m.saveXML({ format: true });
      const key = await processKey();
      await request('PUT', `/api/drafts/${encodeURIComponent(key)}`, { xml: xml ?? '', forms: forms.toJSON() });
      status.textContent = t('designer.draftSaved', { key });
      await refreshList();
    }

    async function exportXml(): Promise<void> {
      const { xml } = await m.saveXML({ format: true });
      const id = await processKey();
      const link = h('a', { href: URL.createObjectURL(new Blob([xml ?? ''], { type: 'application/xml' })), download: `${id}.bpmn` });
      link.click();
      URL.revokeObjectURL(link.href);
    }

    async function publish(): Promise<void> {
      const lint = (await (m.get('linting') as { lint(): Promise<LintIssues> }).lint()) ?? {};
      // The server's own problems go to the server: its answer marks each element and lists them to click through.
      const errors = Object.entries(lint).filter(([rule]) => rule !== SERVER_RULE).flatMap(([, found]) => found).filter((i) => i.category === 'error');
      if (errors.length > 0) {
        (m.get('linting') as { toggle(active: boolean): void }).toggle(true);
        status.textContent = t('designer.lintErrors', { count: errors.length });
        return;
      }
      const { xml } = await m.saveXML({ format: true });
      try {
        const { status: code, body: published } = await send<DefinitionVersion>('POST', '/api/definitions', { xml: xml ?? '', forms: forms.toJSON() });
        serverProblems.clear();
        problems.replaceChildren();
        await refreshList();
        // 201: a new version; 200: the latest version already has exactly this content.
        status.textContent = t(code === 201 ? 'designer.published' : 'designer.unchanged', { key: published.key, version: published.version });
      } catch (e) {
        if (!(e instanceof ApiError) || e.problems.length === 0) throw e;
        showProblems(e.problems);
      }
    }

    function showProblems(found: DiagramProblem[]): void {
      serverProblems.show(found);
      status.textContent = t('designer.invalid', { count: found.length });
      problems.replaceChildren(...found.map((p) => h('li', {
        'data-element': p.elementId ?? '', class: p.elementId ? 'clickable' : '',
        onclick: () => p.elementId && serverProblems.reveal(p.elementId),
      }, h('code', {}, p.elementId ?? '—'), ' ', p.message, ' ', h('small', {}, p.code))));
    }

    function chooseTemplate(element: unknown): void {
      const dialog = h('dialog', { class: 'template-chooser' }, h('h3', {}, 'Custom activities'),
        ...templates.map((template) => h('button', { 'data-template': template.id, onclick: () => {
          (m.get('elementTemplates') as { applyTemplate(e: unknown, t: ElementTemplate): void }).applyTemplate(element, template);
          dialog.close();
          dialog.remove();
        } }, template.name)));
      document.body.append(dialog);
      dialog.showModal();
    }

    async function refreshList(): Promise<void> {
      await renderDefinitionList(list, async (draftKey) => {
        const draft = await request<Draft>('GET', `/api/drafts/${encodeURIComponent(draftKey)}`);
        await open(draft.xml, `${draftKey} (${t('designer.drafts')})`, draft.forms);
      });
    }

    file.addEventListener('change', async () => {
      const chosen = file.files?.[0];
      file.value = '';
      if (!chosen) return;
      const text = await chosen.text();
      // A .dmn file is published as decisions at once (there is no decision editor here); the open diagram stays.
      if (isDmn(chosen.name, text)) {
        await publishDecisions(chosen.name, text, status, problems);
        await renderDecisionList(decisionList);
        return;
      }
      const { xml: before } = await m.saveXML({ format: false });
      try {
        await open(text, chosen.name);
      } catch (e) {
        // Not BPMN (or not XML): say what the parser said, and keep the diagram that was open.
        if (before) await open(before).catch(() => undefined);
        status.textContent = t('designer.importFailed', { name: chosen.name, error: e instanceof Error ? e.message : String(e) });
        status.classList.add('error');
      }
    });

    await Promise.all([refreshList(), renderDecisionList(decisionList)]);
    if (key && version) {
      await view(await request<string>('GET', `/api/definitions/${encodeURIComponent(key)}/versions/${version}/xml`), key, version);
    } else {
      await open(newDiagram());
    }
  },
};
