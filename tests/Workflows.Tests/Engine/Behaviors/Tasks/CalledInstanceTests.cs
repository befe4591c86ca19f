using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Tasks;

/// <summary>
/// Call activities on the called side: an instance a call started tells its caller how it ended — completed (terminate
/// too), cancelled, or an error or escalation it did not catch itself. Cite: issue 21, part 1.
/// </summary>
public sealed class CalledInstanceTests
{
    private static readonly CallerState Caller = new(Guid.CreateVersion7(), 7, "call");

    private const string Definitions = """<bpmn:error id="Rejected" errorCode="rejected"/><bpmn:escalation id="Late" escalationCode="late"/>""";

    private static InstanceDriver Started(string body)
    {
        var run = new InstanceDriver(Process(body, Definitions));
        run.Apply(new StartInstance(InstanceDriver.Vars(new { accountId = "A-1" }), Caller: Caller));
        return run;
    }

    [Fact]
    public void Completing_TellsTheCaller_WithTheVariables()
    {
        var run = Started("""<bpmn:startEvent id="s"/><bpmn:userTask id="freeze"/><bpmn:endEvent id="e"/>""" + Chain("s", "freeze", "e"));
        Assert.Equal(Caller, run.State.Caller);
        run.Reload();
        run.CompleteTask("freeze", new { frozen = true });

        var notice = Assert.Single(run.Last.EffectsOf<NotifyCaller>());
        Assert.Equal((Caller, CallerNoticeKind.Completed), (notice.Caller, notice.Kind));
        Assert.True(notice.Variables["frozen"].GetBoolean());
        Assert.Equal("A-1", notice.Variables["accountId"].GetString());
    }

    [Fact]
    public void AnUncaughtError_IsAnIncidentHere_AndANoticeToTheCaller()
    {
        var run = Started("""<bpmn:startEvent id="s"/><bpmn:endEvent id="no"><bpmn:errorEventDefinition errorRef="Rejected"/></bpmn:endEvent>""" + Chain("s", "no"));
        Assert.Equal(IncidentKind.UnhandledError, Assert.Single(run.State.Incidents).Kind);
        var notice = Assert.Single(run.Last.EffectsOf<NotifyCaller>());
        Assert.Equal((CallerNoticeKind.Error, "rejected"), (notice.Kind, notice.Code));
    }

    [Fact]
    public void AnUncaughtEscalation_GoesOnHere_AndIsPassedUp()
    {
        var run = Started("""
            <bpmn:startEvent id="s"/><bpmn:intermediateThrowEvent id="raise"><bpmn:escalationEventDefinition escalationRef="Late"/></bpmn:intermediateThrowEvent>
            <bpmn:userTask id="goOn"/>
            """ + Chain("s", "raise", "goOn"));
        Assert.Equal(["goOn"], run.OpenTasks());
        Assert.Equal((CallerNoticeKind.Escalation, "late"), (run.Last.EffectsOf<NotifyCaller>().Single().Kind, run.Last.EffectsOf<NotifyCaller>().Single().Code));
    }

    [Fact]
    public void BeingCancelled_TellsTheCaller_AndAnInstanceWithoutCaller_TellsNobody()
    {
        var run = Started("""<bpmn:startEvent id="s"/><bpmn:userTask id="freeze"/>""" + Chain("s", "freeze"));
        run.Apply(new CancelInstance("operator"));
        Assert.Equal(CallerNoticeKind.Cancelled, Assert.Single(run.Last.EffectsOf<NotifyCaller>()).Kind);

        var plain = new InstanceDriver(Process("""<bpmn:startEvent id="s"/><bpmn:endEvent id="e"/>""" + Chain("s", "e")));
        plain.Start();
        Assert.Empty(plain.AllEffects.OfType<NotifyCaller>());
    }
}
