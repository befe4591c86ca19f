using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using Workflows.Engine.Timers;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>What element readers share: the problems found so far and the document's messages and errors.</summary>
public sealed class ReadContext
{
    private readonly List<ValidationProblem> _problems = [];

    internal ReadContext(IReadOnlyDictionary<string, string?> messageNames, IReadOnlyDictionary<string, BpmnError> errors,
        IReadOnlyDictionary<string, BpmnEscalation>? escalations = null, IReadOnlyDictionary<string, string?>? signalNames = null)
    {
        MessageNames = messageNames;
        Errors = errors;
        Escalations = escalations ?? new Dictionary<string, BpmnEscalation>();
        SignalNames = signalNames ?? new Dictionary<string, string?>();
    }

    /// <summary>The document's <c>bpmn:signal</c> names by id.</summary>
    public IReadOnlyDictionary<string, string?> SignalNames { get; }

    public IReadOnlyDictionary<string, string?> MessageNames { get; }
    public IReadOnlyDictionary<string, BpmnError> Errors { get; }
    public IReadOnlyDictionary<string, BpmnEscalation> Escalations { get; }
    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Report(string? elementId, string code, string message) => _problems.Add(new ValidationProblem(elementId, code, message));

    public static string Id(XElement element) => (string?)element.Attribute("id") ?? "";

    public static string? Camunda(XElement element, string name) => (string?)element.Attribute(BpmnNamespaces.Camunda + name);

    public static bool CamundaFlag(XElement element, string name) =>
        string.Equals(Camunda(element, name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Compiles an attribute that may hold <c>${...}</c>; reports and returns null when it does not parse.</summary>
    public CompiledText? Text(XElement element, string? text, string what)
    {
        if (text is null) return null;
        try
        {
            return ExpressionCompiler.CompileText(text);
        }
        catch (ExpressionException e)
        {
            Report(Id(element), ProblemCodes.ExpressionInvalid, $"The {what} of '{Id(element)}' is invalid: {e.Message}");
            return null;
        }
    }

    public CompiledScript? Condition(string elementId, string text)
    {
        try
        {
            return ExpressionCompiler.CompileCondition(text);
        }
        catch (ExpressionException e)
        {
            Report(elementId, ProblemCodes.ExpressionInvalid, $"The condition of '{elementId}' is invalid: {e.Message}");
            return null;
        }
    }

    /// <summary>The name of the message an event definition references.</summary>
    public CompiledText? MessageName(XElement owner, XElement definition)
    {
        var reference = (string?)definition.Attribute("messageRef");
        if (reference is null || !MessageNames.TryGetValue(reference, out var name))
        {
            Report(Id(owner), ProblemCodes.MessageUnknownRef, reference is null
                ? $"'{Id(owner)}' waits for a message but names none: choose a message."
                : $"'{Id(owner)}' refers to message '{reference}', which the diagram does not define.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            Report(Id(owner), ProblemCodes.MessageMissingName, $"Message '{reference}' used by '{Id(owner)}' has no name to correlate by.");
            return null;
        }
        return Text(owner, name, "message name");
    }

    /// <summary>The name of the signal an event definition references (it may hold <c>${...}</c>, as Camunda 7 allows).</summary>
    public CompiledText? SignalName(XElement owner, XElement definition)
    {
        var reference = (string?)definition.Attribute("signalRef");
        if (reference is null || !SignalNames.TryGetValue(reference, out var name))
        {
            Report(Id(owner), ProblemCodes.SignalUnknownRef, reference is null
                ? $"'{Id(owner)}' is a signal event but names no signal: choose a signal."
                : $"'{Id(owner)}' refers to signal '{reference}', which the diagram does not define.");
            return null;
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            Report(Id(owner), ProblemCodes.SignalMissingName, $"Signal '{reference}' used by '{Id(owner)}' has no name to broadcast by.");
            return null;
        }
        return Text(owner, name, "signal name");
    }

    /// <summary>A conditional event definition's condition (JavaScript or <c>${...}</c>) and its variable filters.</summary>
    public ConditionalDefinition? Conditional(XElement owner, XElement definition)
    {
        var text = definition.Element(Bpmn + "condition")?.Value.Trim();
        if (string.IsNullOrEmpty(text))
        {
            Report(Id(owner), ProblemCodes.ConditionalMissingCondition, $"Conditional event '{Id(owner)}' has no condition: write one, e.g. ${{amount > 1000}}.");
            return null;
        }
        var events = (Camunda(definition, "variableEvents") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Condition(Id(owner), text) is { } condition
            ? new ConditionalDefinition(condition, Camunda(definition, "variableName") is { Length: > 0 } name ? name : null, events)
            : null;
    }

    public TimerDefinition? Timer(XElement owner, XElement definition)
    {
        var kinds = new[] { ("timeDuration", TimerKind.Duration), ("timeDate", TimerKind.Date), ("timeCycle", TimerKind.Cycle) };
        foreach (var (name, kind) in kinds)
        {
            var text = definition.Element(Bpmn + name)?.Value.Trim();
            if (text is null) continue;
            if (text.Length == 0) break;
            var compiled = Text(owner, text, "timer");
            if (compiled is null) return null;
            if (compiled.IsLiteral && TimerSchedule.Validate(kind, text) is { } problem)
            {
                Report(Id(owner), ProblemCodes.TimerInvalid, $"The timer of '{Id(owner)}' is invalid: {problem}");
                return null;
            }
            return new TimerDefinition(kind, text, compiled.Script);
        }
        Report(Id(owner), ProblemCodes.TimerMissingValue, $"The timer of '{Id(owner)}' has no value: set a duration (PT10M), a date or a cycle (R3/PT10M).");
        return null;
    }
}
