using Workflows.Engine.Parsing;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Parsing;

/// <summary>
/// The server refuses what the engine does not run in the words the designer's lint uses for the same element
/// (ui/src/designer/lint/supportedElements.test.ts asserts the lint's side with these very sentences).
/// </summary>
public sealed class UnsupportedWordingTests
{
    [Theory]
    [InlineData("""<bpmn:intermediateThrowEvent id="undo"><bpmn:cancelEventDefinition/></bpmn:intermediateThrowEvent>""", "undo",
        "intermediateThrowEvent 'undo': a cancel event is not supported here.")]
    [InlineData("""<bpmn:intermediateCatchEvent id="undo"><bpmn:compensateEventDefinition/></bpmn:intermediateCatchEvent>""", "undo",
        "intermediateCatchEvent 'undo': a compensate event is not supported here.")]
    [InlineData("""<bpmn:complexGateway id="cx"/>""", "cx", "complexGateway is not supported ('cx').")]
    [InlineData("""<bpmn:startEvent id="late"><bpmn:escalationEventDefinition/></bpmn:startEvent>""", "late",
        "startEvent 'late': a timer, conditional, error or escalation start event starts only an event subprocess; the process starts by none, message or signal.")]
    [InlineData("""<bpmn:businessRuleTask id="rules"/>""", "rules",
        "Business rule task 'rules' names no decision: set Decision reference (camunda:decisionRef) to a decision's id.")]
    public void TheServersSentence_IsTheLintsSentence(string element, string id, string sentence)
    {
        var problems = new BpmnParser().Parse(Process($"""<bpmn:startEvent id="s"/>{element}<bpmn:endEvent id="e"/>""" + Chain("s", "e") + Chain(id, "e"))).Problems;
        Assert.Contains(problems, p => p.ElementId == id && p.Message == sentence);
    }
}
