using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Identity;

public sealed record VerifyIdentityInput
{
    [ActivityProperty("The case being worked.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("The name the caller gave.")]
    public string? CapturedName { get; init; }

    [ActivityProperty("Last four digits of the ID document the caller gave.")]
    public string? CapturedIdLast4 { get; init; }

    [ActivityProperty("Last four digits of the phone number the caller gave.")]
    public string? CapturedPhoneLast4 { get; init; }
}

public sealed record VerifyIdentityOutput(bool IdentityVerified, string VerificationMethod);

/// <summary>
/// Step 3: what the agent captured must match the customer record: the name, and the last four digits of
/// either the ID document or the phone. Anything less is IDENTITY_FAILED, which the flow sends to a manual check.
/// </summary>
[Activity("verify-identity", DisplayName = "Verify identity / 核验身份", Category = "Support",
    Description = "Checks the caller's name and ID or phone digits against the customer record. / 核对来电人的姓名及证件或手机号后四位与客户档案是否一致。")]
[RaisesBpmnError(IdentityFailed, "What the caller gave does not match the customer record.")]
public sealed class VerifyIdentityActivity(ISupportCases cases) : Activity<VerifyIdentityInput, VerifyIdentityOutput>
{
    public const string IdentityFailed = "IDENTITY_FAILED";

    protected override async Task<ActivityResult> ExecuteAsync(VerifyIdentityInput input, ActivityContext context)
    {
        if (await cases.FindAsync(input.CaseId, context.CancellationToken) is not { } file)
            return ActivityResult.Failure($"Case {input.CaseId} does not exist.");
        var customer = file.Customer;
        var nameMatches = Same(input.CapturedName, customer.Name);
        var idMatches = Same(input.CapturedIdLast4, customer.IdNumberLast4);
        var phoneMatches = Same(input.CapturedPhoneLast4, customer.PhoneLast4);
        if (nameMatches && (idMatches || phoneMatches))
            return Complete(new VerifyIdentityOutput(true, idMatches ? "name+id" : "name+phone"));
        var missing = new List<string>();
        if (!nameMatches) missing.Add("name");
        if (!idMatches && !phoneMatches) missing.Add("ID or phone digits");
        return ActivityResult.Error(IdentityFailed, $"The {string.Join(" and ", missing)} did not match the customer record.");
    }

    private static bool Same(string? captured, string? recorded) =>
        !string.IsNullOrWhiteSpace(captured) && !string.IsNullOrWhiteSpace(recorded)
        && string.Equals(captured.Trim(), recorded.Trim(), StringComparison.OrdinalIgnoreCase);
}
