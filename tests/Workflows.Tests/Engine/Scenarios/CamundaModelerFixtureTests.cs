using System.Xml.Linq;
using Workflows.Engine.Interpreting;
using Workflows.Engine.Model;
using Workflows.Tests.Support;

namespace Workflows.Tests.Engine.Scenarios;

/// <summary>Diagrams in Camunda Modeler's own format (camunda namespace, diagram layout) parse and run unchanged.</summary>
public sealed class CamundaModelerFixtureTests
{
    [Theory]
    [InlineData("RefundApproval.bpmn")]
    [InlineData("StolenAccount.bpmn")]
    [InlineData("SurveyCallback.bpmn")]
    public void Parse_KeepsXmlAndLayoutUnchanged(string file)
    {
        var xml = InstanceDriver.Fixture("Engine/Scenarios/" + file);
        var run = new InstanceDriver(xml);

        Assert.Equal(xml, run.Definition.Xml);
        var shapes = XDocument.Parse(run.Definition.Xml).Descendants(XName.Get("BPMNShape", "http://www.omg.org/spec/BPMN/20100524/DI")).Count();
        Assert.Equal(run.Definition.Nodes.Count, shapes);
    }

    [Fact]
    public void RefundApproval_LargeRefund_GoesThroughL2_AndWarnsManagerAfterTenMinutes()
    {
        // Given a refund of 2500 waiting for review
        var run = new InstanceDriver(InstanceDriver.Fixture("Engine/Scenarios/RefundApproval.bpmn"));
        run.Start(new { caseId = "CS-2026-000123", amount = 2500 });
        var review = Assert.Single(run.Last.EffectsOf<CreateUserTask>());
        Assert.Equal(["agent-l1"], review.CandidateGroups);
        Assert.Equal(80, review.Priority);
        Assert.Equal("forms/review-refund.json", review.FormKey);

        // When ten minutes pass, the manager is warned and the review stays open
        run.FireTimer("Boundary_Sla");
        Assert.Equal(["Task_Review", "Task_Warn"], run.OpenTasks());

        // When the agent completes the review, L2 approves and the resolution is recorded
        run.CompleteTask("Task_Review");
        Assert.Equal(["Task_Approve", "Task_Warn"], run.OpenTasks());
        run.CompleteTask("Task_Approve");
        var record = Assert.Single(run.Last.EffectsOf<RunActivity>());
        Assert.Equal("record-resolution", record.Topic);
        Assert.Equal("Refund of 2500 approved", record.Inputs["resolution"].GetString());
        run.CompleteActivity("Task_Record", new { recordedAt = "2026-11-02T09:20:00Z" });
        run.CompleteTask("Task_Warn");

        // Then the instance completes with the recorded time
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Equal("2026-11-02T09:20:00Z", run.Var("recordedAt").GetString());
    }

    [Fact]
    public void StolenAccount_StartsByMessage_AndFallsBackToManualFreeze()
    {
        // Given a stolen-account report
        var run = new InstanceDriver(InstanceDriver.Fixture("Engine/Scenarios/StolenAccount.bpmn"));
        run.Apply(new StartInstance(InstanceDriver.Vars(new { accountId = "A-9" }), "CS-7", "stolen-account-reported"));
        Assert.Equal("A-9", Assert.Single(run.Last.EffectsOf<RunActivity>()).Inputs["accountId"].GetString());
        Assert.Equal(run.Now.AddMinutes(2), Assert.Single(run.Last.EffectsOf<CreateUserTask>()).DueDate);

        // When the freeze fails with a business error, the risk team freezes by hand
        run.Apply(new RaiseBpmnError(run.JobAt("Task_Freeze"), "FREEZE_FAILED", "core banking refused"));
        Assert.Equal(["Task_Call", "Task_ManualFreeze"], run.OpenTasks());
        Assert.Equal("core banking refused", run.Var("freezeError").GetString());

        // Then the customer is told only after both the call and the freeze
        run.CompleteTask("Task_ManualFreeze");
        Assert.Empty(run.State.Jobs);
        run.CompleteTask("Task_Call");
        Assert.Equal("notify-customer", Assert.Single(run.Last.EffectsOf<RunActivity>()).Topic);
        run.CompleteActivity("Task_Notify");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
    }

    [Theory]
    [InlineData(1, "Task_Callback")]
    [InlineData(5, null)]
    public void SurveyCallback_LowScoreReopensAsCallback(int score, string? expectedTask)
    {
        var run = new InstanceDriver(InstanceDriver.Fixture("Engine/Scenarios/SurveyCallback.bpmn"));
        run.Start(new { caseId = "CS-1" }, "CS-1");
        run.CompleteActivity("Task_SendSurvey");
        Assert.Equal("survey-answered-CS-1", Assert.Single(run.State.Subscriptions).MessageName);
        Assert.Equal(run.Now.AddDays(7), Assert.Single(run.State.Timers).DueAt);

        run.Message("Event_Answered", new { score });

        Assert.Equal(expectedTask is null ? [] : [expectedTask], run.OpenTasks());
        Assert.Empty(run.State.Timers);
        Assert.Equal(expectedTask is null ? InstanceStatus.Completed : InstanceStatus.Active, run.State.Status);
    }

    [Fact]
    public void SurveyCallback_ExpiresAfterSevenDays()
    {
        var run = new InstanceDriver(InstanceDriver.Fixture("Engine/Scenarios/SurveyCallback.bpmn"));
        run.Start(new { caseId = "CS-1" });
        run.CompleteActivity("Task_SendSurvey");
        run.FireTimer("Event_Expired");
        Assert.Equal(InstanceStatus.Completed, run.State.Status);
        Assert.Empty(run.State.Subscriptions);
    }
}
