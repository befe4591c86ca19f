using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Desk.Customers;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Desk.Sla;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.SupportFlow;

/// <summary>Drives cases through the support flow over the API, as agents would, and reads what the desk recorded.</summary>
internal sealed partial class SupportScenario(HostFixture host)
{
    /// <summary>The desk's tables (cases, customers, policies).</summary>
    public Task<DeskDbContext> DbAsync() => Task.FromResult(host.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<DeskDbContext>());

    /// <summary>The server's tables (instances, tasks, outbox).</summary>
    public Task<ServerDbContext> ServerDbAsync() =>
        Task.FromResult(host.Factory.Services.CreateAsyncScope().ServiceProvider.GetRequiredService<ServerDbContext>());

    /// <summary>A customer the desk already knows, with a wallet account; phone numbers are unique per test.</summary>
    public async Task<(Guid Id, string Phone)> CustomerAsync(string name, string segment = "consumer", string language = "zh-CN")
    {
        var phone = "138" + Random.Shared.NextInt64(10_000_000, 99_999_999);
        await using var db = await DbAsync();
        var customer = new CustomerEntity
        {
            Id = Guid.CreateVersion7(), Name = name, Segment = segment, Language = language, Region = "Shenzhen", IdNumberLast4 = "123X",
            PhoneLast4 = phone[^4..], CreatedAt = DateTimeOffset.UtcNow,
            Contacts = [new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = "phone", Address = phone }],
            Accounts = [new AccountEntity { Id = Guid.CreateVersion7(), Number = "W" + phone, Kind = "wallet" }],
        };
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return (customer.Id, phone);
    }

    /// <summary>An SLA policy for a segment, as a manager would set it; tests use short ones to see breaches.</summary>
    public async Task PolicyAsync(string priority, string segment, TimeSpan firstResponse, double warnAt = 0.5, TimeSpan? resolution = null)
    {
        await using var db = await DbAsync();
        await db.SlaPolicies.Where(p => p.Priority == priority && p.Segment == segment).ExecuteDeleteAsync();
        db.SlaPolicies.Add(new SlaPolicyEntity
        {
            Id = Guid.CreateVersion7(), Priority = priority, Segment = segment, FirstResponse = firstResponse, Resolution = resolution ?? TimeSpan.FromHours(1), WarnAt = warnAt,
        });
        await db.SaveChangesAsync();
    }

    public static async Task<JsonElement> OpenAsync(HttpClient agent, object request, string? key = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, "/api/cases") { Content = JsonContent.Create(request) };
        if (key is not null) message.Headers.Add("Idempotency-Key", key);
        var response = await agent.SendAsync(message);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await JsonAsync(response);
    }

    public static Task<JsonElement> CaseAsync(HttpClient client, Guid caseId) => GetJsonAsync(client, $"/api/cases/{caseId}");

    /// <summary>Waits until the case has an open task at <paramref name="nodeId"/> and returns its id.</summary>
    public static async Task<Guid> TaskAtAsync(HttpClient client, Guid caseId, string nodeId, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var tasks = (await CaseAsync(client, caseId)).GetProperty("openTasks").EnumerateArray();
            if (tasks.FirstOrDefault(t => t.GetProperty("nodeId").GetString() == nodeId) is { ValueKind: JsonValueKind.Object } task)
                return task.GetProperty("id").GetGuid();
            Assert.True(DateTime.UtcNow < until, $"No task at '{nodeId}'; open: {string.Join(", ", tasks.Select(t => t.GetProperty("nodeId").GetString()))}");
            await Task.Delay(200);
        }
    }

    public static async Task CompleteAsync(HttpClient agent, Guid caseId, string nodeId, object variables)
    {
        var task = await TaskAtAsync(agent, caseId, nodeId);
        var response = await agent.PostAsJsonAsync($"/api/tasks/{task}/complete", new { variables });
        Assert.True(response.IsSuccessStatusCode, $"completing {nodeId}: {await response.Content.ReadAsStringAsync()}");
    }

    public static async Task WaitUntilAsync(Func<Task<bool>> done, string what, int seconds = 20)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (!await done())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting until {what}.");
            await Task.Delay(200);
        }
    }

    public static IEnumerable<string> JournalKinds(JsonElement details, string nodeId) => details.GetProperty("timeline").EnumerateArray()
        .Where(e => e.GetProperty("nodeId").ValueKind == JsonValueKind.String && e.GetProperty("nodeId").GetString() == nodeId)
        .Select(e => e.GetProperty("kind").GetString()!);

    public static List<string> Messages(JsonElement details, string direction) => details.GetProperty("timeline").EnumerateArray()
        .Where(e => e.GetProperty("type").GetString() == "message" && e.GetProperty("direction").GetString() == direction)
        .Select(e => e.GetProperty("kind").GetString()!).ToList();

    public async Task<List<(string Kind, JsonElement Payload)>> OutboxAsync(Guid caseId)
    {
        await using var db = await DbAsync();
        await using var server = await ServerDbAsync();
        var instance = await db.Cases.Where(c => c.Id == caseId).Select(c => c.InstanceId).SingleAsync();
        return (await server.Outbox.AsNoTracking().Where(o => o.InstanceId == instance).OrderBy(o => o.CreatedAt).ToListAsync())
            .Select(o => (o.Kind, JsonDocument.Parse(o.Payload).RootElement.Clone())).ToList();
    }

    public async Task<string> SurveyLinkAsync(Guid caseId)
    {
        string? link = null;
        await WaitUntilAsync(async () =>
        {
            var survey = (await OutboxAsync(caseId)).FirstOrDefault(o => KindOf(o.Payload) == "survey");
            link = survey.Payload.ValueKind == JsonValueKind.Object ? LinkPattern().Match(survey.Payload.GetProperty("body").GetString()!).Value : null;
            return link is { Length: > 0 };
        }, "the survey went out");
        return new Uri(link!).PathAndQuery;
    }

    /// <summary>Why a message to a customer was sent; messages to teams have no kind.</summary>
    public static string? KindOf(JsonElement payload) => payload.TryGetProperty("kind", out var kind) ? kind.GetString() : null;

    [GeneratedRegex(@"http://\S+/survey/[A-Za-z0-9_\-]+\.[A-Za-z0-9_\-]+")]
    private static partial Regex LinkPattern();
}
