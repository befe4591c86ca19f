import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'bpmn-js-element-templates/dist/assets/element-templates.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import './styles.css';
import { adminPage } from './admin/AdminPage';
import { ApiError } from './api/ApiError';
import { get } from './api/http';
import type { Me } from './api/types';
import { signIn } from './auth/SignInPage';
import { casesPage } from './cases/CasesPage';
import { designerPage } from './designer/DesignerPage';
import { inboxPage } from './inbox/InboxPage';
import { kbPage } from './kb/KbPage';
import { managerPage } from './manager/ManagerPage';
import { Shell } from './shell/Shell';

const root = document.getElementById('app')!;

async function whoAmI(): Promise<Me | null> {
  try {
    return await get<Me>('/api/auth/me');
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}

const me = (await whoAmI()) ?? (await signIn(root));
// Each user lands on the first page their roles open: the knowledge base comes after every role's own workspace.
new Shell(root, me, [inboxPage, casesPage, managerPage, designerPage, kbPage, adminPage]).start();
