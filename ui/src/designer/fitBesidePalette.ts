interface Box { x: number; y: number; width: number; height: number }
interface Viewbox extends Box { inner: Box; outer: { width: number; height: number } }
interface Canvas { viewbox(box?: Box): Viewbox; zoom(level: string | number): number }

const MARGIN = 24;

/**
 * Fits the whole diagram into the part of the canvas the palette leaves free. bpmn-js's own 'fit-viewport' uses the
 * whole canvas, so a start event at the far left opens hidden under the palette.
 */
export function fitBesidePalette(canvas: Canvas, container: HTMLElement): void {
  canvas.zoom('fit-viewport');
  const { inner, outer } = canvas.viewbox();
  const palette = container.querySelector('.djs-palette')?.getBoundingClientRect();
  const left = palette ? palette.right - container.getBoundingClientRect().left + MARGIN : MARGIN;
  const free = { width: outer.width - left - MARGIN, height: outer.height - 2 * MARGIN };
  if (inner.width <= 0 || inner.height <= 0 || free.width <= 0 || free.height <= 0) return;
  const scale = Math.min(free.width / inner.width, free.height / inner.height, 1);
  canvas.viewbox({ x: inner.x - left / scale, y: inner.y - MARGIN / scale, width: outer.width / scale, height: outer.height / scale });
}
