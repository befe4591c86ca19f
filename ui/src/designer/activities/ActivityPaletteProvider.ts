import type { ElementTemplate } from './ElementTemplate';

interface Shape { businessObject: unknown }
interface ElementFactory { createShape(attrs: { type: string }): Shape }
interface Create { start(event: Event, shape: Shape, context?: { hints?: Record<string, unknown> }): void }
interface Palette { registerProvider(provider: unknown): void; _rebuild(): void }
interface EventBus { on(event: string, callback: () => void): void }
interface Translate { (text: string, replacements?: Record<string, string>): string }
interface ElementTemplates { getAll(): ElementTemplate[] }

/**
 * One palette entry per custom activity: dragging or clicking it creates a service task that the template
 * then binds to the activity (topic, inputs, outputs, error codes); see TemplateOnCreateBehavior.
 */
export default class ActivityPaletteProvider {
  static $inject = ['palette', 'create', 'elementFactory', 'elementTemplates', 'translate', 'eventBus'];

  constructor(
    palette: Palette,
    private readonly create: Create,
    private readonly elementFactory: ElementFactory,
    private readonly elementTemplates: ElementTemplates,
    private readonly translate: Translate,
    eventBus: EventBus,
  ) {
    palette.registerProvider(this);
    // The templates arrive after the palette is first drawn: draw it again with their entries.
    eventBus.on('elementTemplates.changed', () => palette._rebuild());
  }

  getPaletteEntries(): Record<string, unknown> {
    const entries: Record<string, unknown> = {};
    for (const template of this.elementTemplates.getAll().filter((t) => t.appliesTo.includes('bpmn:ServiceTask'))) {
      const start = (event: Event) => {
        const shape = this.elementFactory.createShape({ type: 'bpmn:ServiceTask' });
        this.create.start(event, shape, { hints: { elementTemplate: template } });
      };
      entries[`create.activity.${template.id}`] = {
        group: 'activities',
        className: 'bpmn-icon-service-task workflows-activity-entry',
        title: `${this.translate('Custom activities')}: ${template.name}`,
        action: { dragstart: start, click: start },
      };
    }
    return entries;
  }
}
