using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Resolution;

public sealed record TrackCaseInput
{
    [ActivityProperty("The case to track.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("The milestone reached: first-response, sla-warning, first-response-breached, waiting-customer, customer-replied, escalated, survey-answered, survey-expired, reopened, closed.", Required = true)]
    public string Milestone { get; init; } = "";
}

public sealed record TrackCaseOutput(string Milestone);

/// <summary>Step 7: stamps a milestone on the case (status, SLA record, pause while waiting for the customer).</summary>
[Activity("track-case", DisplayName = "Track case / 记录工单进度", Category = "Support",
    Description = "Records a milestone on the case: first response, SLA warning or breach, waiting for the customer, closed... / 在工单上记录里程碑：首次响应、SLA 提醒或超时、等待客户、关闭等。")]
public sealed class TrackCaseActivity(ISupportCases cases) : Activity<TrackCaseInput, TrackCaseOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(TrackCaseInput input, ActivityContext context)
    {
        if (!CaseMilestones.All.Contains(input.Milestone))
            return ActivityResult.Failure($"'{input.Milestone}' is not a milestone; use one of {string.Join(", ", CaseMilestones.All)}.");
        await cases.UpdateAsync(input.CaseId, new CaseUpdate { Milestone = input.Milestone }, context.CancellationToken);
        return Complete(new TrackCaseOutput(input.Milestone));
    }
}
