import { currentLanguage } from '../../i18n/i18n';
import { translator, zh } from './zh';

/** Replaces bpmn-js's translate service, so palette, context pad and panel follow the app's language. */
export default {
  translate: ['value', translator(currentLanguage() === 'zh' ? zh : null)],
};
