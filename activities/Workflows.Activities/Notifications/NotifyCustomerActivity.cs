using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Notifications;

public sealed record NotifyCustomerInput
{
    [ActivityProperty("The case whose customer is told.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("Which message: case-received, need-info, escalated, account-frozen, case-resolved, identity-failed, case-closed, callback.", Required = true)]
    public string Template { get; init; } = "";

    [ActivityProperty("Text put into the message where the template has a detail.")]
    public string? Detail { get; init; }
}

public sealed record NotifyCustomerOutput(string NotifiedWith);

/// <summary>Step 8: a progress message on the case's channel, in the customer's language, through the outbox.</summary>
[Activity("notify-customer", DisplayName = "Notify customer / 通知客户", Category = "Support",
    Description = "Sends a templated progress message on the case's channel, in zh-CN or en. / 通过工单渠道发送中文或英文的进度通知模板。")]
public sealed class NotifyCustomerActivity(ISupportCases cases) : Activity<NotifyCustomerInput, NotifyCustomerOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(NotifyCustomerInput input, ActivityContext context)
    {
        if (await cases.FindAsync(input.CaseId, context.CancellationToken) is not { } file)
            return ActivityResult.Failure($"Case {input.CaseId} does not exist.");
        if (MessageTemplates.Find(input.Template, file.Customer.Language) is not { } template)
            return ActivityResult.Failure($"There is no message template '{input.Template}'; use one of {string.Join(", ", MessageTemplates.Keys)}.");
        var (subject, body) = template.Render(file.Number, file.Customer.Name, input.Detail);
        await cases.SendAsync(new CustomerMessage(file.Id, "notification:" + input.Template, subject, body), context.CancellationToken);
        return Complete(new NotifyCustomerOutput(input.Template));
    }
}
