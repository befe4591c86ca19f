import { request } from '../api/http';

/**
 * A published version's XML, ready to draw. A process published through the API may carry no diagram layout
 * (it runs without one); such a version is laid out here, on the fly, so the manager still sees its shape.
 */
export async function diagramXml(key: string, version: number): Promise<string> {
  const xml = await request<string>('GET', `/api/definitions/${encodeURIComponent(key)}/versions/${version}/xml`);
  if (/BPMNShape\b/.test(xml)) return xml;
  const { layoutProcess } = await import('bpmn-auto-layout');
  return layoutProcess(xml);
}
