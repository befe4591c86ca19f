import CommandInterceptor from 'diagram-js/lib/command/CommandInterceptor';
import type { ElementTemplate } from './ElementTemplate';

interface ElementTemplates { applyTemplate(element: unknown, template: ElementTemplate): unknown }
interface CreateContext { elements?: unknown[]; shape?: unknown; hints?: { elementTemplate?: ElementTemplate } }

/** Applies the template a palette entry carried once its service task is on the canvas, in the same undo step. */
export default class TemplateOnCreateBehavior extends CommandInterceptor {
  static $inject = ['eventBus', 'elementTemplates'];

  constructor(eventBus: unknown, elementTemplates: ElementTemplates) {
    super(eventBus);
    (this as unknown as { postExecuted(event: string, fn: (e: { context: CreateContext }) => void): void })
      .postExecuted('elements.create', ({ context }) => {
        const template = context.hints?.elementTemplate;
        const element = context.elements?.[0];
        if (template && element) elementTemplates.applyTemplate(element, template);
      });
  }
}
