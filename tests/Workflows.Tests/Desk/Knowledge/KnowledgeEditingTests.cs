using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Knowledge;

/// <summary>
/// Writing the knowledge base: a draft is invisible to agents until someone other than its author publishes it; the
/// published Chinese article is found by a question worded differently; a later draft leaves the published text in
/// place until it is published, a rejection sends it back with a comment, and an earlier version can be restored.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class KnowledgeEditingTests(ClusterFixture cluster)
{
    private const string Article = "/api/kb/articles/refund-to-bank-card/zh-CN";

    private static object Draft(string summary = "退款会原路退回至您的银行卡，银行处理一般需要3到5个工作日到账。") => new
    {
        title = "退款到银行卡需要多久", summary, body = "申请退款后，款项原路退回。银行卡退款一般3到5个工作日到账，信用卡以账单为准。", category = "refund", tags = new[] { "退款", "到账时间" },
    };

    private static async Task<int> FoundAsync(HttpClient client, string query) =>
        (await GetJsonAsync(client, $"/api/kb?q={Uri.EscapeDataString(query)}")).EnumerateArray().Count(a => a.GetProperty("slug").GetString() == "refund-to-bank-card");

    [Fact]
    public async Task ADraft_IsPublishedBySomeoneElse_FoundByADifferentlyWordedQuestion_AndVersionsAreKept()
    {
        await using var desk = await SoloDesk.StartAsync(cluster, "kb_editing");
        var (manager, admin, agent) = (await desk.SignInAsync("manager"), await desk.SignInAsync("admin"), await desk.SignInAsync("agent1"));

        foreach (var (url, body, field, code) in new (string, object, string, string)[]
        {
            ("/api/kb/articles/Refund%20Card/zh-CN/draft", Draft(), "slug", "kb.slug.invalid"),
            ("/api/kb/articles/refund-to-bank-card/fr/draft", Draft(), "language", "kb.language.unknown"),
            ($"{Article}/draft", new { title = " ", summary = "s", body = "b", category = "refund" }, "title", "kb.text.required"),
            ($"{Article}/draft", new { title = "t", summary = "s", body = "b", category = "退款" }, "category", "kb.category.invalid"),
            ($"{Article}/draft", new { title = "t", summary = "s", body = "b", category = "refund", tags = Enumerable.Range(0, 11).Select(i => $"t{i}") }, "tags", "kb.tags.too-many"),
        })
        {
            var refused = await manager.PutAsJsonAsync(url, body);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal((field, code), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync(Article)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"{Article}/draft", Draft())).StatusCode);

        var draft = await JsonAsync(await manager.PutAsJsonAsync($"{Article}/draft", Draft()));
        Assert.Equal((1, "draft"), (draft.GetProperty("version").GetInt32(), draft.GetProperty("status").GetString()));
        Assert.Equal(0, await FoundAsync(agent, "银行卡退款几天能到账"));
        (await manager.PostAsync($"{Article}/versions/1/submit", null)).EnsureSuccessStatusCode();
        var own = await manager.PostAsync($"{Article}/versions/1/publish", null);
        Assert.Equal(HttpStatusCode.Conflict, own.StatusCode);
        Assert.Equal("kb.review.own", (await JsonAsync(own)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PutAsJsonAsync($"{Article}/draft", Draft())).StatusCode); // in review: not editable
        (await admin.PostAsync($"{Article}/versions/1/publish", null)).EnsureSuccessStatusCode();

        // The agent's question shares no sentence with the article, only words: 银行卡, 退款, 到账.
        Assert.Equal(1, await FoundAsync(agent, "银行卡退款几天能到账"));
        Assert.Equal(0, await FoundAsync(agent, "如何修改登录密码"));

        // Version 2 is written and sent back; agents keep reading version 1 meanwhile.
        (await manager.PutAsJsonAsync($"{Article}/draft", Draft("新的说明：节假日顺延。"))).EnsureSuccessStatusCode();
        (await manager.PostAsync($"{Article}/versions/2/submit", null)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync($"{Article}/versions/2/reject", new { comment = "" })).StatusCode);
        (await admin.PostAsJsonAsync($"{Article}/versions/2/reject", new { comment = "请写明节假日的具体安排" })).EnsureSuccessStatusCode();
        var summary = (await GetJsonAsync(agent, "/api/kb?q=退款")).EnumerateArray().Single(a => a.GetProperty("slug").GetString() == "refund-to-bank-card")
            .GetProperty("summary").GetString();
        Assert.StartsWith("退款会原路退回", summary);

        var restored = await JsonAsync(await manager.PostAsync($"{Article}/versions/1/restore", null));
        Assert.Equal((3, "draft"), (restored.GetProperty("version").GetInt32(), restored.GetProperty("status").GetString()));
        var history = await GetJsonAsync(manager, Article);
        Assert.Equal(1, history.GetProperty("published").GetProperty("version").GetInt32());
        Assert.Equal(3, history.GetProperty("open").GetProperty("version").GetInt32());
        Assert.Equal(["draft", "rejected", "published"], history.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()));
        Assert.Equal("请写明节假日的具体安排", (await GetJsonAsync(manager, $"{Article}/versions/2")).GetProperty("reviewComment").GetString());
    }
}
