using Workflows.Engine.Parsing;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Parsing;

/// <summary>Invalid diagrams: each reports the element id and a stable code, and nothing is parsed.</summary>
public sealed class BpmnParserValidationTests
{
    private const string S = """<bpmn:startEvent id="s"/>""";
    private const string E = """<bpmn:endEvent id="e"/>""";

    private static string Timer(string inner) => Process(S + $"""
        <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition>{inner}</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
        """ + E + Chain("s", "wait", "e"));

    private static string MultiInstance(string inner, string attributes = "") =>
        Process(S + $"""<bpmn:userTask id="t"><bpmn:multiInstanceLoopCharacteristics {attributes}>{inner}</bpmn:multiInstanceLoopCharacteristics></bpmn:userTask>""" + Chain("s", "t"));

    public static TheoryData<string, string, string?, string> InvalidDiagrams => new()
    {
        { "no start event", Process("""<bpmn:userTask id="t"/>"""), null, ProblemCodes.NoStartEvent },
        { "flow to unknown element", Process(S + Flow("f", "s", "ghost")), "f", ProblemCodes.FlowUnknownTarget },
        { "flow from unknown element", Process(S + E + Flow("f", "ghost", "e") + Flow("g", "s", "e")), "f", ProblemCodes.FlowUnknownSource },
        { "task never reached", Process(S + E + """<bpmn:userTask id="orphan"/>""" + Chain("s", "e")), "orphan", ProblemCodes.NotConnected },
        { "start event going nowhere", Process(S), "s", ProblemCodes.NotConnected },
        { "ambiguous exclusive gateway", Process(S + """<bpmn:exclusiveGateway id="x"/><bpmn:endEvent id="a"/><bpmn:endEvent id="b"/>""" + Chain("s", "x") + Flow("xa", "x", "a") + Flow("xb", "x", "b")), "x", ProblemCodes.AmbiguousExclusiveGateway },
        { "service task without topic", Process(S + """<bpmn:serviceTask id="svc"/>""" + Chain("s", "svc")), "svc", ProblemCodes.ServiceTaskMissingTopic },
        { "external service task with empty topic", Process(S + """<bpmn:serviceTask id="svc" camunda:type="external" camunda:topic=" "/>""" + Chain("s", "svc")), "svc", ProblemCodes.ServiceTaskMissingTopic },
        { "java delegate", Process(S + """<bpmn:serviceTask id="svc" camunda:class="com.acme.Verify"/>""" + Chain("s", "svc")), "svc", ProblemCodes.ServiceTaskUnsupportedImplementation },
        { "timer without value", Timer(""), "wait", ProblemCodes.TimerMissingValue },
        { "timer with bad duration", Timer("<bpmn:timeDuration>10 minutes</bpmn:timeDuration>"), "wait", ProblemCodes.TimerInvalid },
        { "timer with bad date", Timer("<bpmn:timeDate>next monday</bpmn:timeDate>"), "wait", ProblemCodes.TimerInvalid },
        { "timer with bad cycle", Timer("<bpmn:timeCycle>R3/soon</bpmn:timeCycle>"), "wait", ProblemCodes.TimerInvalid },
        { "timer with bad cron", Timer("<bpmn:timeCycle>0 0/5 * * *</bpmn:timeCycle>"), "wait", ProblemCodes.TimerInvalid },
        { "condition that does not parse", Process(S + """<bpmn:exclusiveGateway id="x" default="d"/><bpmn:endEvent id="a"/>""" + E + Chain("s", "x") + Flow("bad", "x", "a", "${amount >}") + Flow("d", "x", "e")), "bad", ProblemCodes.ExpressionInvalid },
        { "complex gateway", Process(S + """<bpmn:complexGateway id="cg"/>""" + Chain("s", "cg")), "cg", ProblemCodes.Unsupported },
        { "complex gateway", Process(S + """<bpmn:complexGateway id="cx"/>""" + Chain("s", "cx")), "cx", ProblemCodes.Unsupported },
        { "multi-instance without count or collection", MultiInstance(""), "t", ProblemCodes.MultiInstanceMissingInput },
        { "multi-instance with a word for cardinality", MultiInstance("<bpmn:loopCardinality>three</bpmn:loopCardinality>"), "t", ProblemCodes.MultiInstanceInvalidCardinality },
        { "multi-instance with a fraction for cardinality", MultiInstance("<bpmn:loopCardinality>2.5</bpmn:loopCardinality>"), "t", ProblemCodes.MultiInstanceInvalidCardinality },
        { "multi-instance with a negative cardinality", MultiInstance("<bpmn:loopCardinality>-1</bpmn:loopCardinality>"), "t", ProblemCodes.MultiInstanceInvalidCardinality },
        { "multi-instance cardinality that does not parse", MultiInstance("<bpmn:loopCardinality>${n +}</bpmn:loopCardinality>"), "t", ProblemCodes.ExpressionInvalid },
        { "multi-instance element variable without collection", MultiInstance("<bpmn:loopCardinality>2</bpmn:loopCardinality>", """camunda:elementVariable="item" """), "t", ProblemCodes.MultiInstanceElementWithoutCollection },
        { "multi-instance element variable named loopCounter", MultiInstance("", """camunda:collection="items" camunda:elementVariable="loopCounter" """), "t", ProblemCodes.MultiInstanceInvalidVariable },
        { "multi-instance completion condition that does not parse", MultiInstance("""<bpmn:completionCondition>${nrOfCompletedInstances >=}</bpmn:completionCondition>""", """camunda:collection="items" """), "t", ProblemCodes.ExpressionInvalid },
        { "multi-instance output collection without element", MultiInstance("""<bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="= items" outputCollection="out"/></bpmn:extensionElements>""").Replace("xmlns:xsi=", "xmlns:zeebe=\"http://camunda.org/schema/zeebe/1.0\" xmlns:xsi="), "t", ProblemCodes.MultiInstanceIncompleteOutput },
        { "standard loop", Process(S + """<bpmn:userTask id="t"><bpmn:standardLoopCharacteristics/></bpmn:userTask>""" + Chain("s", "t")), "t", ProblemCodes.Unsupported },
        { "compensation catch", Process(S + """<bpmn:intermediateCatchEvent id="comp"><bpmn:compensateEventDefinition/></bpmn:intermediateCatchEvent>""" + Chain("s", "comp")), "comp", ProblemCodes.Unsupported },
        { "signal catch naming no signal", Process(S + """<bpmn:intermediateCatchEvent id="sig"><bpmn:signalEventDefinition/></bpmn:intermediateCatchEvent>""" + Chain("s", "sig")), "sig", ProblemCodes.SignalUnknownRef },
        { "duplicate ids", Process(S + """<bpmn:userTask id="t"/><bpmn:userTask id="t"/>""" + Chain("s", "t")), "t", ProblemCodes.DuplicateId },
        { "message catch with unknown message", Process(S + """<bpmn:intermediateCatchEvent id="m"><bpmn:messageEventDefinition messageRef="nope"/></bpmn:intermediateCatchEvent>""" + Chain("s", "m")), "m", ProblemCodes.MessageUnknownRef },
        { "message without name", Process(S + """<bpmn:intermediateCatchEvent id="m"><bpmn:messageEventDefinition messageRef="msg"/></bpmn:intermediateCatchEvent>""" + Chain("s", "m"), """<bpmn:message id="msg"/>"""), "m", ProblemCodes.MessageMissingName },
        { "error end without error", Process(S + """<bpmn:endEvent id="err"><bpmn:errorEventDefinition/></bpmn:endEvent>""" + Chain("s", "err")), "err", ProblemCodes.ErrorMissingRef },
        { "error end with unknown error", Process(S + """<bpmn:endEvent id="err"><bpmn:errorEventDefinition errorRef="E9"/></bpmn:endEvent>""" + Chain("s", "err")), "err", ProblemCodes.ErrorUnknownRef },
        { "boundary on unknown host", Process(S + E + """<bpmn:boundaryEvent id="b" attachedToRef="ghost"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" + Chain("s", "e")), "b", ProblemCodes.BoundaryUnknownHost },
        { "boundary on a gateway", Process(S + E + """<bpmn:exclusiveGateway id="x"/><bpmn:boundaryEvent id="b" attachedToRef="x"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>""" + Chain("s", "x", "e")), "b", ProblemCodes.BoundaryInvalidHost },
        { "python script", Process(S + """<bpmn:scriptTask id="py" scriptFormat="python"><bpmn:script>x = 1</bpmn:script></bpmn:scriptTask>""" + Chain("s", "py")), "py", ProblemCodes.ScriptUnsupportedLanguage },
        { "script that does not parse", Process(S + """<bpmn:scriptTask id="js" scriptFormat="javascript"><bpmn:script>if (</bpmn:script></bpmn:scriptTask>""" + Chain("s", "js")), "js", ProblemCodes.ScriptInvalid },
        { "subprocess without start event", Process(S + """<bpmn:subProcess id="sp"><bpmn:userTask id="in"/></bpmn:subProcess>""" + Chain("s", "sp")), "sp", ProblemCodes.SubprocessStartEvent },
        { "message start in subprocess", Process(S + """<bpmn:subProcess id="sp"><bpmn:startEvent id="ms"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent><bpmn:endEvent id="ie"/>""" + Chain("ms", "ie") + "</bpmn:subProcess>" + Chain("s", "sp"), """<bpmn:message id="m" name="go"/>"""), "ms", ProblemCodes.MessageStartInSubprocess },
        { "event gateway before a user task", Process(S + """<bpmn:eventBasedGateway id="g"/><bpmn:userTask id="t"/><bpmn:intermediateCatchEvent id="w"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>""" + Chain("s", "g") + Flow("gt", "g", "t") + Flow("gw", "g", "w")), "t", ProblemCodes.EventGatewayInvalidTarget },
        { "default flow that is not outgoing", Process(S + E + """<bpmn:exclusiveGateway id="x" default="s_x"/>""" + Chain("s", "x", "e")), "x", ProblemCodes.DefaultNotOutgoing },
        { "priority that is not a number", Process(S + """<bpmn:userTask id="t" camunda:priority="high"/>""" + Chain("s", "t")), "t", ProblemCodes.UserTaskInvalidPriority },
        { "due date that is not a date", Process(S + """<bpmn:userTask id="t" camunda:dueDate="tomorrow"/>""" + Chain("s", "t")), "t", ProblemCodes.UserTaskInvalidDate },
        { "assignee expression that does not parse", Process(S + """<bpmn:userTask id="t" camunda:assignee="${owner.}"/>""" + Chain("s", "t")), "t", ProblemCodes.ExpressionInvalid },
        { "flow into a subprocess", Process(S + """<bpmn:subProcess id="sp"><bpmn:startEvent id="ss"/><bpmn:userTask id="in"/>""" + Chain("ss", "in") + "</bpmn:subProcess>" + Flow("into", "s", "in") + Flow("s_sp", "s", "sp")), "into", ProblemCodes.FlowCrossesScope },
        { "no process", """<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"/>""", null, ProblemCodes.ProcessMissing },
        { "two executable processes", Process(S + E + Chain("s", "e"), """<bpmn:process id="other" isExecutable="true"/>"""), "p", ProblemCodes.ProcessSeveralExecutable },
        { "not a BPMN document", "<html><body/></html>", null, ProblemCodes.NotBpmn },
        { "malformed XML", "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>", null, ProblemCodes.XmlMalformed },
        { "DTD with external entity", """<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">&xxe;</bpmn:definitions>""", null, ProblemCodes.XmlDtdProhibited },
    };

    [Theory]
    [MemberData(nameof(InvalidDiagrams))]
    public void Parse_ReportsElementAndCode_ForInvalidDiagram(string because, string xml, string? elementId, string code)
    {
        var result = new BpmnParser().Parse(xml);

        Assert.False(result.Succeeded, because);
        Assert.Null(result.Definition);
        Assert.Contains(result.Problems, p => p.Code == code && p.ElementId == elementId);
        Assert.All(result.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Message)));
    }

    [Fact]
    public void Parse_AcceptsMultiInstanceWithoutAnId_OnASubprocess()
    {
        // The loop characteristics sit among a subprocess's children; Camunda Modeler writes them without an id.
        var result = new BpmnParser().Parse(Process(S + """
            <bpmn:subProcess id="sp"><bpmn:multiInstanceLoopCharacteristics isSequential="true"><bpmn:loopCardinality>2</bpmn:loopCardinality></bpmn:multiInstanceLoopCharacteristics>
              <bpmn:startEvent id="ss"/><bpmn:endEvent id="se"/><bpmn:sequenceFlow id="f" sourceRef="ss" targetRef="se"/>
            </bpmn:subProcess>
            """ + Chain("s", "sp")));

        Assert.Empty(result.Problems);
        Assert.Equal((true, 2), (result.Definition!.Node("sp").MultiInstance!.IsSequential, result.Definition.Node("sp").MultiInstance!.Cardinality!.Value));
    }

    [Fact]
    public void Parse_NamesUnsupportedElement_InTheMessage()
    {
        var result = new BpmnParser().Parse(Process(S + """<bpmn:complexGateway id="cg"/>""" + Chain("s", "cg")));
        Assert.Contains(result.Problems, p => p.Message.Contains("complexGateway is not supported"));
    }

    [Fact]
    public void Parse_ReportsLineAndColumn_ForMalformedXml()
    {
        var result = new BpmnParser().Parse("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>");
        Assert.Contains("line 3, column", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_ReportsEveryProblem_NotJustTheFirst()
    {
        var result = new BpmnParser().Parse(Process(S + """
            <bpmn:serviceTask id="svc"/><bpmn:complexGateway id="cg"/>
            <bpmn:intermediateCatchEvent id="wait"><bpmn:timerEventDefinition><bpmn:timeDuration>soon</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            """ + Chain("s", "svc", "cg", "wait") + Flow("lost", "wait", "ghost")));

        Assert.Equal(
            [("cg", ProblemCodes.Unsupported), ("lost", ProblemCodes.FlowUnknownTarget), ("svc", ProblemCodes.ServiceTaskMissingTopic), ("wait", ProblemCodes.TimerInvalid)],
            result.Problems.Select(p => (p.ElementId, p.Code)).OrderBy(p => p.ElementId).ToList());
    }

    [Fact]
    public void Parse_RefusesDocumentsOverTheSizeLimit()
    {
        var xml = Process(S + E + Chain("s", "e") + $"<!-- {new string('x', 6 * 1024 * 1024)} -->");
        var result = new BpmnParser().Parse(xml);
        Assert.Equal(ProblemCodes.XmlTooLarge, Assert.Single(result.Problems).Code);
    }

    [Fact]
    public void Parse_RefusesDocumentsOverTheElementLimit()
    {
        var tasks = string.Concat(Enumerable.Range(0, 50).Select(i => $"""<bpmn:task id="t{i}"/>"""));
        var result = new BpmnParser(options: new BpmnParserOptions { MaxElements = 40 }).Parse(Process(S + tasks));
        Assert.Equal(ProblemCodes.XmlTooManyElements, Assert.Single(result.Problems).Code);
    }
}
