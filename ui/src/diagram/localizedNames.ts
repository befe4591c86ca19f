import { nodeName, shippedName } from '../i18n/i18n';
import { renameElements } from './renameElements';

interface EventBus { on(event: string, listener: (event: { xml: string }) => string): void }

/**
 * A bpmn-js module that shows the shipped flow's element names in the user's language: names are translated as the
 * diagram is read and turned back into the shipped names as it is saved, so a Chinese designer reads and edits
 * Chinese labels while the published XML, and the English desk, keep the flow's own names.
 */
function LocalizedNames(eventBus: EventBus): void {
  eventBus.on('import.parse.start', ({ xml }) => renameElements(xml, nodeName));
  eventBus.on('saveXML.serialized', ({ xml }) => renameElements(xml, shippedName));
}
LocalizedNames.$inject = ['eventBus'];

export default {
  __init__: ['localizedNames'],
  localizedNames: ['type', LocalizedNames],
};
