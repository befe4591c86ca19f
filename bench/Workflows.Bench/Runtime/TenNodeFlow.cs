namespace Workflows.Bench.Runtime;

/// <summary>A 10-node support flow with two user tasks, a script, an exclusive and a parallel gateway.</summary>
internal static class TenNodeFlow
{
    public const string Key = "bench-ten";

    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="bench">
          <bpmn:process id="bench-ten" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:scriptTask id="classify" scriptFormat="javascript" camunda:resultVariable="urgent"><bpmn:script>amount &gt; 1000</bpmn:script></bpmn:scriptTask>
            <bpmn:exclusiveGateway id="route" default="normal"/>
            <bpmn:userTask id="understand" camunda:candidateGroups="agent-l1"/>
            <bpmn:parallelGateway id="fork"/>
            <bpmn:manualTask id="record"/>
            <bpmn:manualTask id="notify"/>
            <bpmn:parallelGateway id="join"/>
            <bpmn:userTask id="resolve" camunda:candidateGroups="agent-l1"/>
            <bpmn:endEvent id="e"/>
            <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="classify"/>
            <bpmn:sequenceFlow id="f2" sourceRef="classify" targetRef="route"/>
            <bpmn:sequenceFlow id="urgentFlow" sourceRef="route" targetRef="understand"><bpmn:conditionExpression>${urgent}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="normal" sourceRef="route" targetRef="understand"/>
            <bpmn:sequenceFlow id="f3" sourceRef="understand" targetRef="fork"/>
            <bpmn:sequenceFlow id="f4" sourceRef="fork" targetRef="record"/>
            <bpmn:sequenceFlow id="f5" sourceRef="fork" targetRef="notify"/>
            <bpmn:sequenceFlow id="f6" sourceRef="record" targetRef="join"/>
            <bpmn:sequenceFlow id="f7" sourceRef="notify" targetRef="join"/>
            <bpmn:sequenceFlow id="f8" sourceRef="join" targetRef="resolve"/>
            <bpmn:sequenceFlow id="f9" sourceRef="resolve" targetRef="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
