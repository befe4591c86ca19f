using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Resolution;

public sealed record RecordResolutionInput
{
    [ActivityProperty("The case that was resolved.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("What was done, as the agent wrote it.", Required = true)]
    public string Resolution { get; init; } = "";

    [ActivityProperty("Which tier resolved it: l1, l2 or risk.", Default = "\"l1\"")]
    public string ResolvedBy { get; init; } = "l1";

    [ActivityProperty("True when nobody escalated and the customer was not asked back.", Default = "false")]
    public bool FirstContact { get; init; }
}

public sealed record RecordResolutionOutput(DateTimeOffset ResolvedAt);

/// <summary>Step 7: records how the case was resolved, by which tier, and whether at first contact; stops the resolution SLA.</summary>
[Activity("record-resolution", DisplayName = "Record resolution / 记录处理结果", Category = "Support",
    Description = "Records the resolution, the tier and first-contact resolution; stops the resolution SLA clock. / 记录处理结果、处理层级和首次联系解决情况；停止解决 SLA 计时。")]
public sealed class RecordResolutionActivity(ISupportCases cases, TimeProvider clock) : Activity<RecordResolutionInput, RecordResolutionOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(RecordResolutionInput input, ActivityContext context)
    {
        if (string.IsNullOrWhiteSpace(input.Resolution)) return ActivityResult.Failure("Input 'resolution' is empty: say what was done.");
        await cases.UpdateAsync(input.CaseId, new CaseUpdate
        {
            Milestone = CaseMilestones.Resolved, Resolution = input.Resolution.Trim(), ResolvedBy = input.ResolvedBy, FirstContactResolution = input.FirstContact,
        }, context.CancellationToken);
        return Complete(new RecordResolutionOutput(clock.GetUtcNow()));
    }
}
