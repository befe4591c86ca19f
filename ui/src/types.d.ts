// The bpmn.io packages below ship JavaScript without type declarations.
declare module 'bpmn-js-properties-panel';
declare module 'bpmn-js-element-templates';
declare module 'bpmn-js-bpmnlint';
declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform';
declare module 'camunda-bpmn-moddle/resources/camunda.json';
declare module 'bpmnlint/rules/*';
declare module 'diagram-js/lib/command/CommandInterceptor';
declare module 'bpmn-auto-layout' {
  export function layoutProcess(xml: string): Promise<string>;
}
// Only the shipped-flow lint test uses these, in Node: bpmnlint's linter and resolver, and the BPMN model reader.
declare module 'bpmnlint';
declare module 'bpmnlint/lib/resolver/node-resolver';
declare module 'bpmn-moddle';
