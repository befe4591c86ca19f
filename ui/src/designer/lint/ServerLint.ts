import type { DiagramProblem } from '../../api/ApiError';
import { post } from '../../api/http';

interface Report { id: string; message: string; category: 'error' | 'warn' }
type Issues = Record<string, Report[]>;
interface Linting { lint(): Promise<Issues> }
interface Modeler { saveXML(options: { format: boolean }): Promise<{ xml?: string }> }
interface Canvas { getRootElement(): { id: string } }

/** The rule name the server's problems appear under in the lint panel. */
export const SERVER_RULE = 'workflows/server';

/**
 * The lint panel runs the server's own validation next to bpmnlint's rules: every problem publishing would
 * report, all at once, each on its element. A panel that says "no issues" is then a diagram the server takes.
 * The forms travel with the diagram, so the page tells this module where to read them.
 */
export default class ServerLint {
  static $inject = ['linting', 'bpmnjs', 'canvas'];

  private forms: () => Record<string, unknown> = () => ({});

  constructor(linting: Linting, bpmnjs: Modeler, canvas: Canvas) {
    const local = linting.lint.bind(linting);
    linting.lint = async () => {
      const [issues, server] = await Promise.all([local(), this.validate(bpmnjs)]);
      if (server.length === 0) return issues;
      const root = canvas.getRootElement().id;
      return { ...issues, [SERVER_RULE]: server.map((p) => ({ id: p.elementId ?? root, message: p.message, category: 'error' as const })) };
    };
  }

  /** Where the page keeps the forms that are published with the diagram. */
  formsFrom(read: () => Record<string, unknown>): void {
    this.forms = read;
  }

  private async validate(bpmnjs: Modeler): Promise<DiagramProblem[]> {
    try {
      const { xml } = await bpmnjs.saveXML({ format: false });
      if (!xml) return [];
      return (await post<{ problems: DiagramProblem[] }>('/api/definitions/validate', { xml, forms: this.forms() })).problems;
    } catch {
      // Offline or signed out: bpmnlint's rules still run; publishing will say the rest.
      return [];
    }
  }
}
