using System.Text.Json;
using Workflows.Activities.Cases;
using Workflows.Activities.Identity;
using Workflows.Engine.Activities;

namespace Workflows.Tests.Activities;

public sealed class VerifyIdentityActivityTests
{
    private static readonly Guid CaseId = Guid.NewGuid();

    /// <summary>One case file and nothing else: the activity only reads.</summary>
    private sealed class OneCase : ISupportCases
    {
        public Task<CaseFile?> FindAsync(Guid caseId, CancellationToken cancellationToken) => Task.FromResult<CaseFile?>(caseId != CaseId ? null :
            new CaseFile(CaseId, "CS-2026-000001", "phone", "general", "normal", "open", "s", "d",
                new CustomerProfile(Guid.NewGuid(), "张伟", "consumer", "zh-CN", "123X", "5678"), []));
        public Task SendAsync(CustomerMessage message, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<string>> FreezeAccountsAsync(Guid caseId, string frozenBy, string reason, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task UpdateAsync(Guid caseId, CaseUpdate update, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<IReadOnlyList<ArticleRef>> FindArticlesAsync(string category, string? cause, string language, int max, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<SurveyLink> OpenSurveyAsync(Guid caseId, DateTimeOffset expiresAt, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static Task<ActivityResult> RunAsync(object inputs) => new VerifyIdentityActivity(new OneCase()).ExecuteAsync(new ActivityContext(
        Guid.NewGuid(), "verify", 1, null,
        JsonSerializer.SerializeToElement(inputs).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()), 3, CancellationToken.None));

    [Theory]
    [InlineData("张伟", "123x", null, "name+id")]
    [InlineData(" 张伟 ", null, "5678", "name+phone")]
    public async Task NameAndOneNumber_Verify(string name, string? id, string? phone, string method)
    {
        var result = await RunAsync(new { caseId = CaseId, capturedName = name, capturedIdLast4 = id, capturedPhoneLast4 = phone });

        Assert.Equal(ActivityResultKind.Completed, result.Kind);
        Assert.Equal(method, result.Outputs["verificationMethod"].GetString());
    }

    [Theory]
    [InlineData("张伟", "0000", "0000", "ID or phone digits")]
    [InlineData("李四", "123X", "5678", "name")]
    [InlineData(null, null, null, "name and ID or phone digits")]
    public async Task AnythingLess_RaisesIdentityFailed_SayingWhatDidNotMatch(string? name, string? id, string? phone, string missing)
    {
        var result = await RunAsync(new { caseId = CaseId, capturedName = name, capturedIdLast4 = id, capturedPhoneLast4 = phone });

        Assert.Equal((ActivityResultKind.BpmnError, "IDENTITY_FAILED"), (result.Kind, result.ErrorCode));
        Assert.Contains($"The {missing} did not match", result.Message);
    }

    [Fact]
    public async Task UnknownCase_FailsTechnically()
    {
        var result = await RunAsync(new { caseId = Guid.NewGuid(), capturedName = "张伟" });

        Assert.Equal(ActivityResultKind.Failed, result.Kind);
    }
}
