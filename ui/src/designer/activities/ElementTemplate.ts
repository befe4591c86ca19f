/** The parts of a Camunda 7 element template (from GET /api/element-templates) the designer reads. */
export interface ElementTemplate {
  id: string;
  name: string;
  description?: string;
  appliesTo: string[];
  category?: { id: string; name: string };
}
