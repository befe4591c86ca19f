import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';
import bpmnlint from 'bpmnlint';
import NodeResolver from 'bpmnlint/lib/resolver/node-resolver';
import xml from '../../../../workflows/support-flow.bpmn?raw';

type Reports = Record<string, { id: string; message: string }[]>;

/** The support flow is the example every designer starts from: bpmnlint's recommended rules find nothing in it. */
describe('the shipped support flow', () => {
  it('is clean under bpmnlint:recommended', async () => {
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const linter = new bpmnlint.Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const reports = (await linter.lint(rootElement)) as Reports;
    const found = Object.entries(reports).flatMap(([rule, items]) => items.map((r) => `${rule} at ${r.id}: ${r.message}`));
    expect(found).toEqual([]);
  });
});
