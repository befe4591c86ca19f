using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>Readers of start, end, intermediate and boundary events.</summary>
internal static class EventReaders
{
    private static readonly string[] UnsupportedDefinitions =
        ["signalEventDefinition", "escalationEventDefinition", "compensateEventDefinition", "conditionalEventDefinition",
         "linkEventDefinition", "cancelEventDefinition"];

    public static FlowNodeDefinition StartEvent(XElement e, ReadContext c) => StartEventReader.Read(e, c);

    public static FlowNodeDefinition EndEvent(XElement e, ReadContext c)
    {
        CheckDefinitions(e, c, "terminateEventDefinition", "errorEventDefinition", "messageEventDefinition", "escalationEventDefinition", "signalEventDefinition",
            "compensateEventDefinition");
        if (e.Element(Bpmn + "compensateEventDefinition") is { } compensate)
            return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Compensation, Compensate = Compensation(compensate) };
        if (e.Element(Bpmn + "signalEventDefinition") is { } signal)
            return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Signal, SignalName = c.SignalName(e, signal) };
        var error = e.Element(Bpmn + "errorEventDefinition");
        if (e.Element(Bpmn + "terminateEventDefinition") is not null)
            return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Terminate };
        if (e.Element(Bpmn + "escalationEventDefinition") is { } escalation)
        {
            var escalated = EscalationAndLinkReaders.Escalation(e, escalation, c, required: true);
            return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Escalation, EscalationCode = escalated?.Code, EscalationName = escalated?.Name };
        }
        if (error is null) return new EndEventDefinition { Id = Id(e), ElementType = "endEvent" };
        var reference = (string?)error.Attribute("errorRef");
        if (reference is null || !c.Errors.TryGetValue(reference, out var thrown))
        {
            c.Report(Id(e), reference is null ? ProblemCodes.ErrorMissingRef : ProblemCodes.ErrorUnknownRef, reference is null
                ? $"Error end event '{Id(e)}' throws no error: choose one with an error code."
                : $"Error end event '{Id(e)}' refers to error '{reference}', which the diagram does not define.");
            return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Error };
        }
        return new EndEventDefinition { Id = Id(e), ElementType = "endEvent", Kind = EndEventKind.Error, ErrorCode = thrown.Code, ErrorName = thrown.Name };
    }

    public static FlowNodeDefinition IntermediateCatchEvent(XElement e, ReadContext c)
    {
        CheckDefinitions(e, c, "timerEventDefinition", "messageEventDefinition", "linkEventDefinition", "signalEventDefinition", "conditionalEventDefinition");
        var conditional = e.Element(Bpmn + "conditionalEventDefinition");
        var timer = e.Element(Bpmn + "timerEventDefinition");
        var message = e.Element(Bpmn + "messageEventDefinition");
        var link = e.Element(Bpmn + "linkEventDefinition");
        var signal = e.Element(Bpmn + "signalEventDefinition");
        if (timer is null && message is null && link is null && signal is null && conditional is null)
        {
            c.Report(Id(e), ProblemCodes.BoundaryMissingTrigger, $"Intermediate catch event '{Id(e)}' waits for nothing: give it a timer, a message, a signal, a condition or a link name.");
        }
        return new IntermediateCatchEventDefinition
        {
            Id = Id(e), ElementType = "intermediateCatchEvent",
            Timer = timer is null ? null : c.Timer(e, timer),
            MessageName = message is null ? null : c.MessageName(e, message),
            SignalName = signal is null || timer is not null || message is not null ? null : c.SignalName(e, signal),
            Conditional = conditional is null || timer is not null || message is not null || signal is not null ? null : c.Conditional(e, conditional),
            LinkName = link is null || timer is not null || message is not null || signal is not null ? null : EscalationAndLinkReaders.LinkName(e, link, c),
        };
    }

    public static FlowNodeDefinition IntermediateThrowEvent(XElement e, ReadContext c)
    {
        CheckDefinitions(e, c, "messageEventDefinition", "linkEventDefinition", "escalationEventDefinition", "signalEventDefinition", "compensateEventDefinition");
        var compensate = e.Element(Bpmn + "compensateEventDefinition");
        var signal = e.Element(Bpmn + "signalEventDefinition");
        var message = e.Element(Bpmn + "messageEventDefinition");
        var link = e.Element(Bpmn + "linkEventDefinition");
        var escalation = e.Element(Bpmn + "escalationEventDefinition");
        var thrown = escalation is null ? null : EscalationAndLinkReaders.Escalation(e, escalation, c, required: true);
        return new IntermediateThrowEventDefinition
        {
            Id = Id(e), ElementType = "intermediateThrowEvent",
            MessageName = message is null ? null : c.MessageName(e, message),
            LinkName = link is null ? null : EscalationAndLinkReaders.LinkName(e, link, c),
            EscalationCode = thrown?.Code, EscalationName = thrown?.Name,
            SignalName = signal is null ? null : c.SignalName(e, signal),
            Compensate = compensate is null ? null : Compensation(compensate),
        };
    }

    private static CompensateDefinition Compensation(XElement definition) =>
        new((string?)definition.Attribute("activityRef") is { Length: > 0 } activity ? activity : null);

    public static FlowNodeDefinition BoundaryEvent(XElement e, ReadContext c)
    {
        CheckDefinitions(e, c, "timerEventDefinition", "messageEventDefinition", "errorEventDefinition", "escalationEventDefinition", "signalEventDefinition",
            "conditionalEventDefinition", "compensateEventDefinition");
        var node = new BoundaryEventDefinition
        {
            Id = Id(e), ElementType = "boundaryEvent",
            AttachedToId = (string?)e.Attribute("attachedToRef") ?? "",
            CancelActivity = !string.Equals((string?)e.Attribute("cancelActivity"), "false", StringComparison.OrdinalIgnoreCase),
        };
        // The handler is linked by an association, found when the definition is assembled.
        if (e.Element(Bpmn + "compensateEventDefinition") is not null) return node with { Trigger = BoundaryTrigger.Compensation, CancelActivity = false };
        if (e.Element(Bpmn + "timerEventDefinition") is { } timer)
            return node with { Trigger = BoundaryTrigger.Timer, Timer = c.Timer(e, timer) };
        if (e.Element(Bpmn + "messageEventDefinition") is { } message)
            return node with { Trigger = BoundaryTrigger.Message, MessageName = c.MessageName(e, message) };
        if (e.Element(Bpmn + "signalEventDefinition") is { } signal)
            return node with { Trigger = BoundaryTrigger.Signal, SignalName = c.SignalName(e, signal) };
        if (e.Element(Bpmn + "conditionalEventDefinition") is { } conditional)
            return node with { Trigger = BoundaryTrigger.Conditional, Conditional = c.Conditional(e, conditional) };
        if (e.Element(Bpmn + "errorEventDefinition") is { } error)
        {
            var reference = (string?)error.Attribute("errorRef");
            BpmnError? caught = null;
            if (reference is not null && !c.Errors.TryGetValue(reference, out caught))
            {
                c.Report(Id(e), ProblemCodes.ErrorUnknownRef, $"Boundary event '{Id(e)}' catches error '{reference}', which the diagram does not define.");
            }
            return node with
            {
                Trigger = BoundaryTrigger.Error, CancelActivity = true, ErrorCode = caught?.Code,
                ErrorCodeVariable = Camunda(error, "errorCodeVariable"), ErrorMessageVariable = Camunda(error, "errorMessageVariable"),
            };
        }
        if (e.Element(Bpmn + "escalationEventDefinition") is { } escalation)
        {
            var caught = EscalationAndLinkReaders.Escalation(e, escalation, c, required: false);
            return node with { Trigger = BoundaryTrigger.Escalation, EscalationCode = caught?.Code, EscalationCodeVariable = Camunda(escalation, "escalationCodeVariable") };
        }
        if (!e.Elements().Any(x => x.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)))
            c.Report(Id(e), ProblemCodes.BoundaryMissingTrigger, $"Boundary event '{Id(e)}' has no trigger: give it a timer, a message, a signal, a condition, an error or an escalation.");
        return node;
    }

    internal static void CheckDefinitions(XElement e, ReadContext c, params string[] allowed)
    {
        foreach (var child in e.Elements().Where(x => x.Name.Namespace == Bpmn && x.Name.LocalName.EndsWith("EventDefinition", StringComparison.Ordinal)))
        {
            if (allowed.Contains(child.Name.LocalName)) continue;
            // The designer's lint (ui/src/designer/lint/supportedElements.ts) words it the same.
            var kind = UnsupportedDefinitions.Contains(child.Name.LocalName) ? child.Name.LocalName.Replace("EventDefinition", " event") : child.Name.LocalName;
            c.Report(Id(e), ProblemCodes.Unsupported, $"{e.Name.LocalName} '{Id(e)}': {("aeiou".Contains(kind[0]) ? "an" : "a")} {kind} is not supported here.");
        }
    }
}
