using Workflows.Activities.Cases;
using Workflows.Engine.Activities;

namespace Workflows.Activities.Diagnosis;

public sealed record DiagnoseInput
{
    [ActivityProperty("The case being worked.", Required = true)]
    public Guid CaseId { get; init; }

    [ActivityProperty("The category the agent chose in 'understand', if any; narrows the rules to it.")]
    public string? AgentCategory { get; init; }

    [ActivityProperty("The card network's response code of the failed payment (ISO 8583 field 39), if known.")]
    public string? ResponseCode { get; init; }

    [ActivityProperty("What the agent wrote down about the request.")]
    public string? Summary { get; init; }
}

public sealed record DiagnoseOutput(string Category, string? Cause, string Priority, IReadOnlyList<string> SuggestedArticles, IReadOnlyList<string> Evidence);

/// <summary>
/// Step 4: classifies the case from its subject, description and the agent's notes, in Chinese or English, sets
/// category, cause and priority on the case, and suggests knowledge-base articles in the customer's language.
/// </summary>
[Activity("diagnose", DisplayName = "Diagnose / 诊断问题", Category = "Support",
    Description = "Sets category, cause and priority by rules over the text and fields, and suggests articles. / 按规则根据文本和字段判断类别、原因和优先级，并推荐帮助文章。")]
public sealed class DiagnoseActivity(ISupportCases cases) : Activity<DiagnoseInput, DiagnoseOutput>
{
    protected override async Task<ActivityResult> ExecuteAsync(DiagnoseInput input, ActivityContext context)
    {
        var ct = context.CancellationToken;
        if (await cases.FindAsync(input.CaseId, ct) is not { } file)
            return ActivityResult.Failure($"Case {input.CaseId} does not exist.");
        var hint = CaseCategories.All.Contains(input.AgentCategory) ? input.AgentCategory : null;
        var diagnosis = DiagnosisRules.Diagnose(file.Subject, $"{file.Description} {input.Summary}", input.ResponseCode, hint, file.Priority);
        var articles = (await cases.FindArticlesAsync(diagnosis.Category, diagnosis.Cause, file.Customer.Language, 3, ct)).Select(a => a.Slug).ToList();
        await cases.UpdateAsync(file.Id, new CaseUpdate
        {
            Category = diagnosis.Category, Cause = diagnosis.Cause, Priority = diagnosis.Priority, SuggestedArticles = articles,
        }, ct);
        return Complete(new DiagnoseOutput(diagnosis.Category, diagnosis.Cause, diagnosis.Priority, articles, diagnosis.Evidence));
    }
}
