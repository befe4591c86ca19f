import conditionalFlows from 'bpmnlint/rules/conditional-flows';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import eventBasedGateway from 'bpmnlint/rules/event-based-gateway';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import supportedElements from './supportedElements';

/** bpmnlint rules matching what the engine accepts, in the shape bpmn-js-bpmnlint takes (what bpmnlint-loader would emit). */
const rules: Record<string, unknown> = {
  'workflows/supported-elements': supportedElements,
  'bpmnlint/start-event-required': startEventRequired,
  'bpmnlint/end-event-required': endEventRequired,
  'bpmnlint/no-disconnected': noDisconnected,
  'bpmnlint/conditional-flows': conditionalFlows,
  'bpmnlint/event-based-gateway': eventBasedGateway,
  'bpmnlint/no-duplicate-sequence-flows': noDuplicateSequenceFlows,
};

export const lintConfig = {
  config: {
    rules: Object.fromEntries(Object.keys(rules).map((name) => [name, name === 'bpmnlint/end-event-required' ? 'warn' : 'error'])),
  },
  resolver: {
    resolveRule(pkg: string, ruleName: string) {
      const rule = rules[`${pkg.replace('bpmnlint-plugin-', '')}/${ruleName}`];
      if (!rule) throw new Error(`unknown rule ${pkg}/${ruleName}`);
      return rule;
    },
    resolveConfig() {
      return null;
    },
  },
};
