using Workflows.Activities.Cases;
using Workflows.Activities.Notifications;
using Workflows.Engine.Activities;
using Workflows.Engine.Timers;

namespace Workflows.Activities.Surveys;

public sealed record SendSurveyInput
{
    [ActivityProperty("The case to survey.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("How long the link works, as an ISO 8601 duration.", Default = "\"P7D\"")]
    public string ValidFor { get; init; } = "P7D";
}

public sealed record SendSurveyOutput(Guid SurveyId, DateTimeOffset SurveyExpiresAt);

/// <summary>Step 10: sends a signed, expiring, single-use link to a one-click satisfaction survey.</summary>
[Activity("send-survey", DisplayName = "Send survey / 发送满意度调查", Category = "Support",
    Description = "Sends a signed, expiring, single-use survey link on the case's channel. / 通过工单渠道发送带签名、会过期、仅可使用一次的满意度调查链接。")]
public sealed class SendSurveyActivity(ISupportCases cases, TimeProvider clock) : Activity<SendSurveyInput, SendSurveyOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(SendSurveyInput input, ActivityContext context)
    {
        var ct = context.CancellationToken;
        if (await cases.FindAsync(input.CaseId, ct) is not { } file)
            return ActivityResult.Failure($"Case {input.CaseId} does not exist.");
        if (!IsoDuration.TryParse(input.ValidFor, out var validFor) || validFor.IsZero)
            return ActivityResult.Failure($"Input 'validFor' ('{input.ValidFor}') is not an ISO 8601 duration such as P7D.");
        var link = await cases.OpenSurveyAsync(file.Id, validFor.AddTo(clock.GetUtcNow()), ct);
        var (subject, body) = MessageTemplates.Find("survey", file.Customer.Language)!.Render(file.Number, file.Customer.Name, link.Url);
        await cases.SendAsync(new CustomerMessage(file.Id, "survey", subject, body), ct);
        return Complete(new SendSurveyOutput(link.SurveyId, link.ExpiresAt));
    }
}
