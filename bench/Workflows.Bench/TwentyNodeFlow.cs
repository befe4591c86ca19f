namespace Workflows.Bench;

/// <summary>A 20-node flow with exclusive, parallel and inclusive gateways and one user task.</summary>
internal static class TwentyNodeFlow
{
    public const string Xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="d" targetNamespace="bench">
          <bpmn:process id="bench" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:manualTask id="t1"/>
            <bpmn:exclusiveGateway id="x1" default="x1_alt"/>
            <bpmn:manualTask id="alt"/>
            <bpmn:parallelGateway id="fork"/>
            <bpmn:manualTask id="a1"/><bpmn:manualTask id="a2"/><bpmn:manualTask id="b1"/><bpmn:manualTask id="b2"/><bpmn:manualTask id="c1"/>
            <bpmn:parallelGateway id="join"/>
            <bpmn:inclusiveGateway id="or"/>
            <bpmn:manualTask id="d1"/><bpmn:manualTask id="d2"/>
            <bpmn:inclusiveGateway id="orJoin"/>
            <bpmn:exclusiveGateway id="merge"/>
            <bpmn:userTask id="wait"/>
            <bpmn:exclusiveGateway id="x2" default="x2_end"/>
            <bpmn:manualTask id="t3"/>
            <bpmn:endEvent id="e"/><bpmn:endEvent id="e2"/>
            <bpmn:sequenceFlow id="s_t1" sourceRef="s" targetRef="t1"/>
            <bpmn:sequenceFlow id="t1_x1" sourceRef="t1" targetRef="x1"/>
            <bpmn:sequenceFlow id="x1_fork" sourceRef="x1" targetRef="fork"><bpmn:conditionExpression>${amount &gt; 100}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="x1_alt" sourceRef="x1" targetRef="alt"/>
            <bpmn:sequenceFlow id="alt_merge" sourceRef="alt" targetRef="merge"/>
            <bpmn:sequenceFlow id="fork_a1" sourceRef="fork" targetRef="a1"/>
            <bpmn:sequenceFlow id="a1_a2" sourceRef="a1" targetRef="a2"/>
            <bpmn:sequenceFlow id="a2_join" sourceRef="a2" targetRef="join"/>
            <bpmn:sequenceFlow id="fork_b1" sourceRef="fork" targetRef="b1"/>
            <bpmn:sequenceFlow id="b1_b2" sourceRef="b1" targetRef="b2"/>
            <bpmn:sequenceFlow id="b2_join" sourceRef="b2" targetRef="join"/>
            <bpmn:sequenceFlow id="fork_c1" sourceRef="fork" targetRef="c1"/>
            <bpmn:sequenceFlow id="c1_join" sourceRef="c1" targetRef="join"/>
            <bpmn:sequenceFlow id="join_or" sourceRef="join" targetRef="or"/>
            <bpmn:sequenceFlow id="or_d1" sourceRef="or" targetRef="d1"><bpmn:conditionExpression>${tier == 'L1'}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="or_d2" sourceRef="or" targetRef="d2"><bpmn:conditionExpression>${vip}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="d1_orJoin" sourceRef="d1" targetRef="orJoin"/>
            <bpmn:sequenceFlow id="d2_orJoin" sourceRef="d2" targetRef="orJoin"/>
            <bpmn:sequenceFlow id="orJoin_merge" sourceRef="orJoin" targetRef="merge"/>
            <bpmn:sequenceFlow id="merge_wait" sourceRef="merge" targetRef="wait"/>
            <bpmn:sequenceFlow id="wait_x2" sourceRef="wait" targetRef="x2"/>
            <bpmn:sequenceFlow id="x2_t3" sourceRef="x2" targetRef="t3"><bpmn:conditionExpression>${approved}</bpmn:conditionExpression></bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="x2_end" sourceRef="x2" targetRef="e2"/>
            <bpmn:sequenceFlow id="t3_e" sourceRef="t3" targetRef="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
