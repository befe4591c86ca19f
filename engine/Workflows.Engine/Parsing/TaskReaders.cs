using System.Xml.Linq;
using Workflows.Engine.Expressions;
using Workflows.Engine.Model;
using Workflows.Engine.Timers;
using static Workflows.Engine.Parsing.BpmnNamespaces;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>Readers of user, service, send, script, receive and plain tasks.</summary>
internal static class TaskReaders
{
    private static readonly string[] JavaScriptNames = ["javascript", "ecmascript", "js"];

    public static FlowNodeDefinition UserTask(XElement e, ReadContext c)
    {
        var task = new UserTaskDefinition
        {
            Id = Id(e), ElementType = "userTask",
            Assignee = c.Text(e, Camunda(e, "assignee"), "assignee"),
            CandidateGroups = c.Text(e, Camunda(e, "candidateGroups"), "candidate groups"),
            CandidateUsers = c.Text(e, Camunda(e, "candidateUsers"), "candidate users"),
            DueDate = c.Text(e, Camunda(e, "dueDate"), "due date"),
            FollowUpDate = c.Text(e, Camunda(e, "followUpDate"), "follow-up date"),
            Priority = c.Text(e, Camunda(e, "priority"), "priority"),
            FormKey = Camunda(e, "formKey"),
        };
        if (task.Priority is { IsLiteral: true } priority && !int.TryParse(priority.Text, out _))
            c.Report(task.Id, ProblemCodes.UserTaskInvalidPriority, $"The priority of '{task.Id}' must be a whole number or an expression, not '{priority.Text}'.");
        foreach (var (date, what) in new[] { (task.DueDate, "due date"), (task.FollowUpDate, "follow-up date") })
            if (date is { IsLiteral: true } && !IsoDate.TryParse(date.Text, out _) && !IsoDuration.TryParse(date.Text, out _))
                c.Report(task.Id, ProblemCodes.UserTaskInvalidDate, $"The {what} of '{task.Id}' must be an ISO 8601 date or duration (P2D), not '{date.Text}'.");
        return task;
    }

    public static FlowNodeDefinition ServiceTask(XElement e, ReadContext c) => External(e, c, "serviceTask") ?? Placeholder(e);

    public static FlowNodeDefinition SendTask(XElement e, ReadContext c)
    {
        if (Camunda(e, "type") is not null) return External(e, c, "sendTask") ?? Placeholder(e);
        var message = (string?)e.Attribute("messageRef");
        CompiledText? name = null;
        if (message is not null && c.MessageNames.TryGetValue(message, out var text) && !string.IsNullOrWhiteSpace(text))
            name = c.Text(e, text, "message name");
        else if (message is not null)
            c.Report(Id(e), ProblemCodes.MessageUnknownRef, $"Send task '{Id(e)}' refers to message '{message}', which the diagram does not define.");
        return new SendTaskDefinition { Id = Id(e), ElementType = "sendTask", MessageName = name };
    }

    public static FlowNodeDefinition ReceiveTask(XElement e, ReadContext c)
    {
        var message = (string?)e.Attribute("messageRef");
        CompiledText? name = null;
        if (message is null || !c.MessageNames.TryGetValue(message, out var text) || string.IsNullOrWhiteSpace(text))
            c.Report(Id(e), ProblemCodes.MessageUnknownRef, $"Receive task '{Id(e)}' must refer to a message with a name.");
        else
            name = c.Text(e, text, "message name");
        return new ReceiveTaskDefinition { Id = Id(e), ElementType = "receiveTask", MessageName = name ?? new CompiledText("", null) };
    }

    public static FlowNodeDefinition ScriptTask(XElement e, ReadContext c)
    {
        var id = Id(e);
        var format = (string?)e.Attribute("scriptFormat") ?? "javascript";
        var body = e.Element(Bpmn + "script")?.Value;
        CompiledScript? script = null;
        if (!JavaScriptNames.Contains(format.ToLowerInvariant()))
            c.Report(id, ProblemCodes.ScriptUnsupportedLanguage, $"Script task '{id}' is written in '{format}'; only JavaScript is supported.");
        else if (Camunda(e, "resource") is not null || string.IsNullOrWhiteSpace(body))
            c.Report(id, ProblemCodes.ScriptMissing, $"Script task '{id}' has no inline script.");
        else
        {
            try { script = ExpressionCompiler.CompileScript(body); }
            catch (ExpressionException ex) { c.Report(id, ProblemCodes.ScriptInvalid, $"The script of '{id}' does not parse: {ex.Message}"); }
        }
        return new ScriptTaskDefinition
        {
            Id = id, ElementType = "scriptTask", ResultVariable = Camunda(e, "resultVariable"),
            Script = script ?? ExpressionCompiler.CompileScript("null"),
        };
    }

    public static FlowNodeDefinition PlainTask(XElement e, ReadContext c) => new ManualTaskDefinition { Id = Id(e), ElementType = e.Name.LocalName };

    /// <summary>Stands in for an element that could not be read, so its flows do not report twice.</summary>
    public static FlowNodeDefinition Placeholder(XElement e) => new ManualTaskDefinition { Id = Id(e), ElementType = e.Name.LocalName };

    internal static ServiceTaskDefinition? External(XElement e, ReadContext c, string elementType)
    {
        var id = Id(e);
        var type = Camunda(e, "type");
        var topic = Camunda(e, "topic");
        if ((Camunda(e, "class") ?? Camunda(e, "delegateExpression") ?? Camunda(e, "expression")) is not null || (type is not null && type != "external"))
        {
            c.Report(id, ProblemCodes.ServiceTaskUnsupportedImplementation,
                $"'{id}' uses a Java delegate or expression; bind a custom activity instead (Implementation: External, Topic: the activity type).");
            return null;
        }
        if (type is null || string.IsNullOrWhiteSpace(topic))
        {
            c.Report(id, ProblemCodes.ServiceTaskMissingTopic, $"'{id}' runs no activity: set Implementation to External and Topic to an activity type such as 'diagnose'.");
            return null;
        }
        return new ServiceTaskDefinition { Id = id, ElementType = elementType, Topic = topic.Trim() };
    }
}
