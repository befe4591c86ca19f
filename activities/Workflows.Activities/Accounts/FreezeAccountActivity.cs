using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Accounts;

public sealed record FreezeAccountInput
{
    [ActivityProperty("The case whose customer's accounts are frozen.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("Why, as the risk agent put it.", Required = true)]
    public string Reason { get; init; } = "";
}

public sealed record FreezeAccountOutput(IReadOnlyList<string> FrozenAccounts, bool AlreadyFrozen);

/// <summary>
/// Step 5 (risk): freezes the customer's accounts and records who decided it and why. Idempotent: a retry or a
/// second decision freezes nothing twice and reports the accounts as already frozen.
/// </summary>
[Activity("freeze-account", DisplayName = "Freeze account / 冻结账户", Category = "Risk",
    Description = "Freezes the customer's accounts, recording who and why; safe to run twice. / 冻结客户账户并记录操作人和原因；重复执行不会重复冻结。")]
public sealed class FreezeAccountActivity(ISupportCases cases) : Activity<FreezeAccountInput, FreezeAccountOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(FreezeAccountInput input, ActivityContext context)
    {
        if (string.IsNullOrWhiteSpace(input.Reason)) return ActivityResult.Failure("Input 'reason' is empty: say why the account is frozen.");
        var frozen = await cases.FreezeAccountsAsync(input.CaseId, context.Actor ?? "system", input.Reason.Trim(), context.CancellationToken);
        return Complete(new FreezeAccountOutput(frozen, frozen.Count == 0));
    }
}
