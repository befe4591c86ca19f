namespace Workflows.Engine.Parsing;

/// <summary>The stable codes of <see cref="ValidationProblem"/>; the designer and the API show them.</summary>
public static class ProblemCodes
{
    public const string XmlMalformed = "xml.malformed";
    public const string XmlDtdProhibited = "xml.dtd-prohibited";
    public const string XmlTooLarge = "xml.too-large";
    public const string XmlTooManyElements = "xml.too-many-elements";
    public const string NotBpmn = "bpmn.not-definitions";
    public const string ProcessMissing = "process.missing";
    public const string ProcessNotExecutable = "process.not-executable";
    public const string ProcessSeveralExecutable = "process.several-executable";
    public const string NoStartEvent = "process.no-start-event";
    public const string SeveralNoneStartEvents = "process.several-none-start-events";
    public const string MissingId = "element.missing-id";
    public const string DuplicateId = "element.duplicate-id";
    public const string Unsupported = "element.unsupported";
    public const string NotConnected = "element.not-connected";
    public const string FlowUnknownSource = "flow.unknown-source";
    public const string FlowUnknownTarget = "flow.unknown-target";
    public const string FlowCrossesScope = "flow.crosses-scope";
    public const string DefaultNotOutgoing = "flow.default-not-outgoing";
    public const string AmbiguousExclusiveGateway = "gateway.ambiguous-flows";
    public const string EventGatewayInvalidTarget = "event-gateway.invalid-target";
    public const string EventGatewayTooFewFlows = "event-gateway.too-few-flows";
    public const string ServiceTaskMissingTopic = "service-task.missing-topic";
    public const string ServiceTaskUnsupportedImplementation = "service-task.unsupported-implementation";
    public const string ScriptMissing = "script.missing";
    public const string ScriptInvalid = "script.invalid";
    public const string ScriptUnsupportedLanguage = "script.unsupported-language";
    public const string ExpressionInvalid = "expression.invalid";
    public const string TimerMissingValue = "timer.missing-value";
    public const string TimerInvalid = "timer.invalid";
    public const string MessageUnknownRef = "message.unknown-ref";
    public const string MessageMissingName = "message.missing-name";
    public const string MessageStartInSubprocess = "start-event.message-in-subprocess";
    public const string ErrorUnknownRef = "error.unknown-ref";
    public const string ErrorMissingRef = "error.missing-ref";
    public const string BoundaryUnknownHost = "boundary.unknown-host";
    public const string BoundaryInvalidHost = "boundary.invalid-host";
    public const string BoundaryMissingTrigger = "boundary.missing-trigger";
    public const string SubprocessStartEvent = "subprocess.start-event";
    public const string UserTaskInvalidPriority = "user-task.invalid-priority";
    public const string UserTaskInvalidDate = "user-task.invalid-date";
    public const string ParameterMissingName = "parameter.missing-name";
    public const string MultiInstanceMissingInput = "multi-instance.missing-input";
    public const string MultiInstanceInvalidCardinality = "multi-instance.invalid-cardinality";
    public const string MultiInstanceElementWithoutCollection = "multi-instance.element-without-collection";
    public const string MultiInstanceIncompleteOutput = "multi-instance.incomplete-output";
    public const string MultiInstanceInvalidVariable = "multi-instance.invalid-variable";
}
