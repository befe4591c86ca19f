import { describe, expect, it } from 'vitest';
import { renameElements } from './renameElements';

const diagram = `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
  <bpmn:process id="p" name="Payment support case" isExecutable="true">
    <bpmn:userTask id="understand" name="Understand the request" camunda:formKey="understand" />
    <bpmn:sequenceFlow name='yes &amp; go' id="f1" sourceRef="a" targetRef="b" />
    <bpmn:task id="nameless" />
  </bpmn:process>
</bpmn:definitions>`;

describe('renameElements', () => {
  it('renames by id whatever the attribute order and quotes, and escapes the new name', () => {
    const renamed = renameElements(diagram, (id, name) => (id === 'understand' ? '了解客户诉求' : id === 'f1' ? `${name} <"now">` : name));
    expect(renamed).toContain('<bpmn:userTask id="understand" name="了解客户诉求" camunda:formKey="understand" />');
    expect(renamed).toContain(`<bpmn:sequenceFlow name="yes &amp; go &lt;&quot;now&quot;>" id="f1"`);
    expect(renamed).toContain('name="Payment support case"');
  });

  it('gives back the same text when no name changes', () => {
    expect(renameElements(diagram, (_, name) => name)).toBe(diagram);
  });
});
