namespace Workflows.Tests.Support;

/// <summary>Wraps a process body in a BPMN document, so tests keep small models inline.</summary>
public static class Bpmn
{
    public static string Process(string body, string definitions = "", string id = "p") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                          id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
          {definitions}
          <bpmn:process id="{id}" isExecutable="true">
            {body}
          </bpmn:process>
        </bpmn:definitions>
        """;

    public static string Flow(string id, string from, string to, string? condition = null) => condition is null
        ? $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
        : $"""<bpmn:sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{System.Security.SecurityElement.Escape(condition)}</bpmn:conditionExpression></bpmn:sequenceFlow>""";

    /// <summary>Flows in a chain: Chain("s","a","e") links s→a→e with ids s_a, a_e.</summary>
    public static string Chain(params string[] nodes) =>
        string.Concat(nodes.Zip(nodes.Skip(1), (a, b) => Flow($"{a}_{b}", a, b)));
}
