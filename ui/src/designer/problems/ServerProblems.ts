import type { DiagramProblem } from '../../api/ApiError';

interface Element { id: string }
interface ElementRegistry { get(id: string): Element | undefined }
interface Canvas { addMarker(id: string, marker: string): void; removeMarker(id: string, marker: string): void; scrollToElement(e: Element): void }
interface Overlays { add(id: string, type: string, overlay: object): string; remove(filter: { type: string }): void }
interface Selection { select(e: Element): void }

/**
 * Shows the server's validation problems on the diagram: a red marker and a badge on each element named, and
 * selects an element when its problem is clicked in the list beside the canvas.
 */
export default class ServerProblems {
  static $inject = ['elementRegistry', 'canvas', 'overlays', 'selection'];

  private marked: string[] = [];

  constructor(
    private readonly elementRegistry: ElementRegistry,
    private readonly canvas: Canvas,
    private readonly overlays: Overlays,
    private readonly selection: Selection,
  ) {}

  show(problems: DiagramProblem[]): void {
    this.clear();
    const counts = new Map<string, number>();
    for (const p of problems) if (p.elementId && this.elementRegistry.get(p.elementId)) counts.set(p.elementId, (counts.get(p.elementId) ?? 0) + 1);
    for (const [id, count] of counts) {
      this.canvas.addMarker(id, 'server-problem');
      const badge = document.createElement('div');
      badge.className = 'server-problem-badge';
      badge.textContent = String(count);
      badge.title = problems.filter((p) => p.elementId === id).map((p) => p.message).join('\n');
      this.overlays.add(id, 'server-problem', { position: { top: -10, right: 10 }, html: badge });
      this.marked.push(id);
    }
  }

  /** Selects the element a problem names; false when the diagram has no such element. */
  reveal(elementId: string): boolean {
    const element = this.elementRegistry.get(elementId);
    if (!element) return false;
    this.canvas.scrollToElement(element);
    this.selection.select(element);
    return true;
  }

  clear(): void {
    for (const id of this.marked) this.canvas.removeMarker(id, 'server-problem');
    this.overlays.remove({ type: 'server-problem' });
    this.marked = [];
  }
}
