import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { BpmnModdle } from 'bpmn-moddle';

// bpmnlint's Node API is CommonJS: its linter and the resolver that finds its recommended rules.
const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint') as { Linter: new (options: object) => { lint(root: unknown): Promise<Record<string, { id: string; message: string }[]>> } };
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver') as new () => object;

/** The support flow is the example every designer starts from: bpmnlint's recommended rules find nothing in it. */
describe('the shipped support flow', () => {
  it('is clean under bpmnlint:recommended', async () => {
    const xml = readFileSync(new URL('../../../../workflows/support-flow.bpmn', import.meta.url), 'utf8');
    const { rootElement } = await new BpmnModdle().fromXML(xml);
    const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });
    const reports = await linter.lint(rootElement);
    const found = Object.entries(reports).flatMap(([rule, items]) => items.map((r) => `${rule} at ${r.id}: ${r.message}`));
    expect(found).toEqual([]);
  });
});
