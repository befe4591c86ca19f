import ServerLint from './ServerLint';

/** A bpmn-js module: after bpmn-js-bpmnlint's, so it can wrap the linting service. */
export default {
  __init__: ['serverLint'],
  serverLint: ['type', ServerLint],
};
