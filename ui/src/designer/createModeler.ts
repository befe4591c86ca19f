import BpmnModeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import camundaBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import activitiesModule from './activities';
import type { ElementTemplate } from './activities/ElementTemplate';
import { lintConfig } from './lint';
import serverLintModule from './lint/serverLintModule';
import problemsModule from './problems';
import translateModule from './translate';
import { translatePanelTitles } from './translate/PanelTitles';
import { zh } from './translate/zh';
import { currentLanguage } from '../i18n/i18n';
import localizedNames from '../diagram/localizedNames';

/** The Camunda 7 modeler with our extensions, each a bpmn-js module. */
export function createModeler(canvas: HTMLElement, panel: HTMLElement, templates: ElementTemplate[]): BpmnModeler {
  if (currentLanguage() === 'zh') translatePanelTitles(panel, zh);
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    elementTemplates: templates,
    linting: { bpmnlint: lintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule, camundaBehaviors,
      ElementTemplatesPropertiesProviderModule, lintModule, serverLintModule, activitiesModule, problemsModule, translateModule, localizedNames,
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
