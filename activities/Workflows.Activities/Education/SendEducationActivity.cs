using Workflows.Activities.Cases;
using Workflows.Activities.Notifications;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Education;

public sealed record SendEducationInput
{
    [ActivityProperty("The case whose customer is taught.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("The article to send (its slug); empty sends the first article suggested for the case.")]
    public string? Article { get; init; }
}

public sealed record SendEducationOutput(string? EducationArticle);

/// <summary>Step 9: sends a knowledge-base article (security or how-to) in the customer's language.</summary>
[Activity("send-education", DisplayName = "Send education / 发送帮助文章", Category = "Support",
    Description = "Sends a knowledge-base article to the customer on the case's channel. / 通过工单渠道向客户发送知识库文章。")]
public sealed class SendEducationActivity(ISupportCases cases) : Activity<SendEducationInput, SendEducationOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(SendEducationInput input, ActivityContext context)
    {
        var ct = context.CancellationToken;
        if (await cases.FindAsync(input.CaseId, ct) is not { } file)
            return ActivityResult.Failure($"Case {input.CaseId} does not exist.");
        var language = file.Customer.Language;
        var articles = await cases.FindArticlesAsync(file.Category, null, language, 20, ct);
        var slug = string.IsNullOrWhiteSpace(input.Article) ? file.SuggestedArticles.FirstOrDefault() : input.Article;
        var article = articles.FirstOrDefault(a => a.Slug == slug) ?? articles.FirstOrDefault();
        // No article for this category is not a failure: the case goes on without a lesson.
        if (article is null) return Complete(new SendEducationOutput(null));
        var (subject, body) = MessageTemplates.Find("education", language)!.Render(file.Number, file.Customer.Name, $"{article.Title}: {article.Summary}");
        await cases.SendAsync(new CustomerMessage(file.Id, "education:" + article.Slug, subject, body), ct);
        return Complete(new SendEducationOutput(article.Slug));
    }
}
