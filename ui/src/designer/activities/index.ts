import ActivityPaletteProvider from './ActivityPaletteProvider';
import TemplateOnCreateBehavior from './TemplateOnCreateBehavior';

export default {
  __init__: ['activityPaletteProvider', 'templateOnCreateBehavior'],
  activityPaletteProvider: ['type', ActivityPaletteProvider],
  templateOnCreateBehavior: ['type', TemplateOnCreateBehavior],
};
