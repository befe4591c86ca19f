using Workflows.Engine.Interpreting;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Engine.Behaviors.Events;

public sealed class StartEventBehaviorTests
{
    private const string TwoStarts = """
        <bpmn:startEvent id="manual"/><bpmn:startEvent id="byMail"><bpmn:messageEventDefinition messageRef="m"/></bpmn:startEvent>
        <bpmn:userTask id="triage"/>
        """;

    [Fact]
    public void MessageStart_CreatesInstanceWithBusinessKeyAndVariables()
    {
        // Scenario 37
        var run = new InstanceDriver(Process(TwoStarts + Flow("f1", "manual", "triage") + Flow("f2", "byMail", "triage"),
            """<bpmn:message id="m" name="email-received"/>"""));
        Assert.Equal("byMail", MessageCorrelation.StartEventFor(run.Definition, "email-received")!.Id);

        run.Apply(new StartInstance(InstanceDriver.Vars(new { subject = "Refund" }), "CS-9", "email-received"));

        Assert.Equal(InstanceStatus.Active, run.State.Status);
        Assert.Equal("CS-9", run.State.BusinessKey);
        Assert.Equal("Refund", run.Var("subject").GetString());
        Assert.Equal(1, run.Entered("byMail"));
        Assert.Equal(0, run.Entered("manual"));
    }

    [Fact]
    public void Start_FailsClearly_WhenNoStartEventForMessage()
    {
        var run = new InstanceDriver(Process(TwoStarts + Flow("f1", "manual", "triage") + Flow("f2", "byMail", "triage"),
            """<bpmn:message id="m" name="email-received"/>"""));
        var result = run.Apply(new StartInstance(MessageName: "sms-received"));
        Assert.Equal(StepOutcome.Failed, result.Outcome);
        Assert.Equal(StepErrorCodes.NoStartEvent, result.Error!.Code);
        Assert.Contains("sms-received", result.Error.Message);
    }

    [Fact]
    public void Start_FailsClearly_WhenInstanceAlreadyStarted()
    {
        var run = new InstanceDriver(Process("""<bpmn:startEvent id="s"/><bpmn:userTask id="t"/>""" + Chain("s", "t")));
        run.Start();
        Assert.Equal(StepOutcome.Failed, run.Start().Outcome);
    }
}
