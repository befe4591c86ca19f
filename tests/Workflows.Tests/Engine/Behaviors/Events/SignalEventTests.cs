using Workflows.Engine.Interpreting;
using Workflows.Engine.Parsing;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

/// <summary>
/// Signal events in the interpreter: catch events, boundary events and event gateways wait on signal subscriptions
/// (which messages never reach), throw and end events emit the broadcast with their inputs, and a signal start event
/// starts an instance by its name. Delivery across instances is the server's (SignalApiTests). Cite: issue 21, part 4.
/// </summary>
public sealed class SignalEventTests
{
    private const string Signals = """<bpmn:signal id="Sig_Over" name="outage-over"/><bpmn:signal id="Sig_Dyn" name="bank-${bank}"/>""";

    [Fact]
    public void ACatchEvent_WaitsOnASignalSubscription_AndGoesOnWhenItArrives()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:intermediateCatchEvent id="wait"><bpmn:signalEventDefinition signalRef="Sig_Dyn"/></bpmn:intermediateCatchEvent><bpmn:userTask id="retry"/>
            """ + Chain("s", "wait", "retry"), Signals));
        run.Start(new { bank = "icbc" });
        var subscription = Assert.Single(run.State.Subscriptions);
        Assert.True(subscription.Signal);
        Assert.Equal("bank-icbc", subscription.MessageName);
        Assert.True(Assert.Single(run.Last.EffectsOf<SubscribeMessage>()).Signal);
        Assert.Empty(MessageCorrelation.Find([(1, run.State)], "bank-icbc", null, null));

        run.Message("wait", new { recovered = true });
        Assert.Equal(["retry"], run.OpenTasks());
        Assert.True(run.Var("recovered").GetBoolean());
        Assert.Contains(run.Last.EffectsOf<JournalEntry>(), j => j.Kind == JournalKind.SignalReceived);
    }

    [Fact]
    public void ANonInterruptingBoundary_FiresForEverySignal_AndAnInterruptingOne_EndsTheTask()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:endEvent id="e"/>
            <bpmn:boundaryEvent id="note" attachedToRef="work" cancelActivity="false"><bpmn:signalEventDefinition signalRef="Sig_Over"/></bpmn:boundaryEvent>
            <bpmn:userTask id="noted"/><bpmn:endEvent id="ne"/>
            """ + Chain("s", "work", "e") + Chain("note", "noted", "ne"), Signals));
        run.Start();
        run.Message("note");
        run.Message("note");
        Assert.Equal(["noted", "noted", "work"], run.OpenTasks());

        var stop = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:userTask id="work"/><bpmn:endEvent id="e"/>
            <bpmn:boundaryEvent id="halt" attachedToRef="work"><bpmn:signalEventDefinition signalRef="Sig_Over"/></bpmn:boundaryEvent><bpmn:userTask id="redo"/>
            """ + Chain("s", "work", "e") + Chain("halt", "redo"), Signals));
        stop.Start();
        stop.Message("halt");
        Assert.Equal(["redo"], stop.OpenTasks());
        Assert.Empty(stop.State.Subscriptions);
    }

    [Fact]
    public void AnEventGateway_RacesASignalAgainstATimer()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/><bpmn:eventBasedGateway id="g"/>
            <bpmn:intermediateCatchEvent id="sig"><bpmn:signalEventDefinition signalRef="Sig_Over"/></bpmn:intermediateCatchEvent>
            <bpmn:intermediateCatchEvent id="late"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
            <bpmn:userTask id="onSignal"/><bpmn:userTask id="onTimer"/>
            """ + Chain("s", "g") + Flow("g1", "g", "sig") + Flow("g2", "g", "late") + Chain("sig", "onSignal") + Chain("late", "onTimer"), Signals));
        run.Start();
        run.Message("sig");
        Assert.Equal(["onSignal"], run.OpenTasks());
        Assert.Empty(run.State.Timers);
    }

    [Fact]
    public void ThrowAndEndEvents_BroadcastTheSignalWithTheirInputs_AndGoOn()
    {
        var run = new InstanceDriver(Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:intermediateThrowEvent id="tell">
              <bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name="bank">${bank}</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>
              <bpmn:signalEventDefinition signalRef="Sig_Dyn"/>
            </bpmn:intermediateThrowEvent>
            <bpmn:endEvent id="done"><bpmn:signalEventDefinition signalRef="Sig_Over"/></bpmn:endEvent>
            """ + Chain("s", "tell", "done"), Signals));
        run.Start(new { bank = "boc", secret = 1 });

        var sent = run.Last.EffectsOf<BroadcastSignal>().ToList();
        Assert.Equal(["bank-boc", "outage-over"], sent.Select(b => b.SignalName));
        Assert.Equal("boc", sent[0].Variables["bank"].GetString());
        Assert.False(sent[0].Variables.ContainsKey("secret"));
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Fact]
    public void ASignalStartEvent_StartsByItsName_BesideANoneStart()
    {
        var xml = Process("""
            <bpmn:startEvent id="plain"/><bpmn:startEvent id="bySignal"><bpmn:signalEventDefinition signalRef="Sig_Over"/></bpmn:startEvent>
            <bpmn:userTask id="a"/><bpmn:userTask id="b"/>
            """ + Chain("plain", "a") + Chain("bySignal", "b"), Signals);
        var run = new InstanceDriver(xml);
        run.Apply(new StartInstance(null, null, null, "outage-over"));
        Assert.Equal(["b"], run.OpenTasks());
        var plain = new InstanceDriver(xml);
        plain.Start();
        Assert.Equal(["a"], plain.OpenTasks());
    }

    [Theory]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition signalRef="Nope"/></bpmn:intermediateThrowEvent>""", "signal.unknown-ref")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition/></bpmn:intermediateThrowEvent>""", "signal.unknown-ref")]
    [InlineData("""<bpmn:intermediateThrowEvent id="x"><bpmn:signalEventDefinition signalRef="Sig_NoName"/></bpmn:intermediateThrowEvent>""", "signal.missing-name")]
    public void ASignalWithNoName_IsRefusedAtPublish_NamingTheEvent(string thrower, string code)
    {
        var result = new BpmnParser().Parse(Process($"""<bpmn:startEvent id="s"/>{thrower}<bpmn:endEvent id="e"/>""" + Chain("s", "x", "e"),
            Signals + """<bpmn:signal id="Sig_NoName"/>"""));
        var problem = Assert.Single(result.Problems);
        Assert.Equal((code, "x"), (problem.Code, problem.ElementId));
    }
}
