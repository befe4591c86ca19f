using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>
/// Start events: none, message and signal everywhere they may be; timer, conditional, error and escalation ones are read
/// too, and <see cref="DefinitionAssembler"/> refuses them outside an event subprocess.
/// </summary>
internal static class StartEventReader
{
    public static FlowNodeDefinition Read(XElement e, ReadContext c)
    {
        EventReaders.CheckDefinitions(e, c, "messageEventDefinition", "signalEventDefinition", "timerEventDefinition", "conditionalEventDefinition",
            "errorEventDefinition", "escalationEventDefinition");
        var message = e.Element(Bpmn + "messageEventDefinition");
        var signal = e.Element(Bpmn + "signalEventDefinition") is { } definition ? c.SignalName(e, definition) : null;
        // A signal starts instances by its name as broadcast: there are no variables yet to fill a ${...} in.
        if (signal is { IsLiteral: false })
            c.Report(Id(e), ProblemCodes.SignalStartExpression, $"Signal start event '{Id(e)}' names its signal with an expression; a start event needs a fixed name.");
        var start = new StartEventDefinition
        {
            Id = Id(e), ElementType = "startEvent",
            MessageName = message is null ? null : c.MessageName(e, message)?.Text,
            SignalName = signal?.Text,
            Timer = e.Element(Bpmn + "timerEventDefinition") is { } timer ? c.Timer(e, timer) : null,
            Conditional = e.Element(Bpmn + "conditionalEventDefinition") is { } conditional ? c.Conditional(e, conditional) : null,
            IsInterrupting = !string.Equals((string?)e.Attribute("isInterrupting"), "false", StringComparison.OrdinalIgnoreCase),
        };
        if (e.Element(Bpmn + "errorEventDefinition") is { } error)
        {
            var reference = (string?)error.Attribute("errorRef");
            BpmnError? caught = null;
            if (reference is not null && !c.Errors.TryGetValue(reference, out caught))
                c.Report(Id(e), ProblemCodes.ErrorUnknownRef, $"Start event '{Id(e)}' catches error '{reference}', which the diagram does not define.");
            // An error ends what it interrupts: an error start event always interrupts (as an error boundary does).
            return start with
            {
                CatchesError = true, ErrorCode = caught?.Code, IsInterrupting = true,
                ErrorCodeVariable = Camunda(error, "errorCodeVariable"), ErrorMessageVariable = Camunda(error, "errorMessageVariable"),
            };
        }
        if (e.Element(Bpmn + "escalationEventDefinition") is { } escalation)
            return start with
            {
                CatchesEscalation = true, EscalationCode = EscalationAndLinkReaders.Escalation(e, escalation, c, required: false)?.Code,
                EscalationCodeVariable = Camunda(escalation, "escalationCodeVariable"),
            };
        return start;
    }
}
