using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.WeChatDesk;
using static Workflows.Tests.Support.WeChatPush;

namespace Workflows.Tests.Desk.Bot;

/// <summary>
/// The bot on WeChat, pushed as WeChat's servers push: a question is answered from the knowledge base by the passive
/// reply, 1 ends it with no case, 2, 人工, fraud and questions it cannot answer go to an agent on a case with the
/// transcript, and once an agent has the case, the bot stays out. Cite: issue 20, part 6.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class BotWeChatTests(BotWeChatDesk wechat) : IClassFixture<BotWeChatDesk>
{
    [Fact]
    public async Task AQuestion_IsAnsweredWithTheArticle_AndAYesClosesItAsContained_WithNoCase()
    {
        var (openId, msgId) = (NewOpenId(), NewMsgId());
        var answer = await SayAsync(openId, "同一个订单扣了我两遍钱", msgId);
        Assert.Contains("同一笔订单被扣了两次钱", answer);
        Assert.Contains("回复 1", answer);
        // WeChat's retry of the same message (its 5 seconds ran out) gets the same answer and writes nothing.
        Assert.Equal(answer, await SayAsync(openId, "同一个订单扣了我两遍钱", msgId));
        Assert.Equal(1, await wechat.CountAsync(
            $"SELECT count(*) FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @o AND cardinality(b.said) = 1",
            ("o", openId)));

        var thanks = await SayAsync(openId, "1");
        Assert.Contains("很高兴", thanks);
        Assert.Equal(0, await CasesAsync(openId));
        Assert.Equal("contained|duplicate-charge", await ConversationAsync(openId));
    }

    [Fact]
    public async Task ANo_HandsOverToAnAgent_OnACaseWithTheTranscript()
    {
        var openId = NewOpenId();
        Assert.Contains("Did this solve it?", await SayAsync(openId, "how long does a withdrawal take"));
        var passing = await SayAsync(openId, "2");
        Assert.Contains("agent", passing);

        var (caseId, timeline) = await CaseAsync(openId);
        var note = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "bot-transcript");
        Assert.Equal("internal", note.GetProperty("direction").GetString());
        var text = note.GetProperty("text").GetString()!;
        Assert.Contains("the customer said the article did not solve it", text);
        Assert.Contains("how long does a withdrawal take", text);
        Assert.Contains("(withdrawal)", text);
        var intake = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "intake");
        Assert.Equal("how long does a withdrawal take", intake.GetProperty("text").GetString());
        Assert.Equal("handed-off|withdrawal", await ConversationAsync(openId));
        Assert.Equal(1, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.BotConversations} WHERE case_id = @c", ("c", caseId)));

        // The agent has the case now: the customer's next words join it, and the bot says nothing.
        Assert.Null(await SayAsync(openId, "订单号 20261203-7781"));
        Assert.Contains((await CaseAsync(openId)).Timeline, e => e.GetProperty("text").GetString() == "订单号 20261203-7781");
    }

    [Theory]
    [InlineData("我的卡被盗刷了三笔", "fraud", "资金安全")]
    [InlineData("账户被冻结了怎么办", "fraud", "资金安全")]
    [InlineData("转人工", "asked-for-agent", "转接人工客服")]
    [InlineData("I want to talk to a human", "asked-for-agent", "passing you to an agent")]
    [InlineData("今天天气怎么样", "low-confidence", "转接人工客服")]
    public async Task Fraud_APersonAsked_OrNothingToAnswer_GoesStraightToAnAgent_WithNoArticle(string words, string reason, string replied)
    {
        var openId = NewOpenId();
        var answer = await SayAsync(openId, words);
        Assert.Contains(replied, answer);
        Assert.DoesNotContain("回复 1", answer);
        Assert.DoesNotContain("Reply 1", answer);
        var (_, timeline) = await CaseAsync(openId);
        Assert.Contains(timeline, e => e.GetProperty("kind").GetString() == "bot-transcript" && e.GetProperty("text").GetString()!.Contains(words));
        Assert.Equal("handed-off|", await ConversationAsync(openId));
        Assert.Equal(reason, await ReasonAsync(openId));
    }

    [Fact]
    public async Task AFollowUpQuestion_GetsAnotherArticle_AndAnImage_GoesToAnAgent()
    {
        var openId = NewOpenId();
        Assert.Contains("提现", await SayAsync(openId, "提现多久能到卡里"));
        Assert.Contains("发票", await SayAsync(openId, "那可以开发票吗"));
        var image = await wechat.Push.PostAsync(openId, Image(openId, "http://mmbiz.qpic.cn/mmbiz_jpg/bill/0", "media-bill", NewMsgId()));
        Assert.Contains("转接人工客服", Reply(await image.Content.ReadAsStringAsync()));
        var (_, timeline) = await CaseAsync(openId);
        var note = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "bot-transcript").GetProperty("text").GetString()!;
        Assert.Contains("(withdrawal)", note);
        Assert.Contains("(invoice-request)", note);
        Assert.Equal("handed-off|withdrawal,invoice-request", await ConversationAsync(openId));
    }

    [Fact]
    public async Task Suggestions_AreTheBotsArticlesForTheCustomersLastMessage_AndNothingIsSentUntilTheAgentSendsOne()
    {
        var openId = NewOpenId();
        await SayAsync(openId, "how long does a withdrawal take");
        await SayAsync(openId, "2");
        var agent = await wechat.AgentAsync();
        var (caseId, _) = await CaseAsync(openId);
        var first = await GetJsonAsync(agent, $"/api/cases/{caseId}/suggestions");
        Assert.Equal("withdrawal", first.GetProperty("articles")[0].GetProperty("slug").GetString());
        Assert.Equal("en", first.GetProperty("language").GetString());

        Assert.Null(await SayAsync(openId, "and can I get an invoice for that fee?"));
        var later = await GetJsonAsync(agent, $"/api/cases/{caseId}/suggestions");
        Assert.Equal("and can I get an invoice for that fee?", later.GetProperty("question").GetString());
        Assert.Equal("invoice-request", later.GetProperty("articles")[0].GetProperty("slug").GetString());
        Assert.True(later.GetProperty("articles").GetArrayLength() <= 3);
        static bool Sent(JsonElement e) => e.GetProperty("kind").GetString()!.StartsWith("education:", StringComparison.Ordinal);
        Assert.DoesNotContain((await CaseAsync(openId)).Timeline, Sent);

        // The agent approves one: only now does it go to the customer.
        (await agent.PostAsJsonAsync($"/api/cases/{caseId}/articles", new { slug = "invoice-request" })).EnsureSuccessStatusCode();
        Assert.Equal("outbound", Assert.Single((await CaseAsync(openId)).Timeline, Sent).GetProperty("direction").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/cases/{Guid.NewGuid()}/suggestions")).StatusCode);
    }

    [Fact]
    public async Task TheManagersNumbers_CountContainment_HandOffs_AndCustomersBackAfterTheBot()
    {
        var manager = await wechat.Desk.SignInAsync("manager");
        var before = (await GetJsonAsync(manager, "/api/manager/numbers")).GetProperty("bot");
        var (back, handed) = (NewOpenId(), NewOpenId());
        await SayAsync(back, "怎么看上个月的消费记录");
        await SayAsync(back, "1");
        await SayAsync(back, "提现要收手续费吗"); // the same customer, back the same day: reopened after the bot
        await SayAsync(handed, "人工");

        var after = (await GetJsonAsync(manager, "/api/manager/numbers")).GetProperty("bot");
        int Delta(string name) => after.GetProperty(name).GetInt32() - before.GetProperty(name).GetInt32();
        Assert.Equal((3, 1, 1, 1), (Delta("conversations"), Delta("contained"), Delta("handedOff"), Delta("reopenedAfterBot")));
        var ended = after.GetProperty("contained").GetInt32() + after.GetProperty("handedOff").GetInt32() + after.GetProperty("unanswered").GetInt32();
        Assert.Equal(Math.Round(after.GetProperty("contained").GetInt32() / (double)ended, 4), after.GetProperty("containmentRate").GetDouble());
        Assert.Equal(Math.Round(after.GetProperty("handedOff").GetInt32() / (double)ended, 4), after.GetProperty("handOffRate").GetDouble());
        var csv = await (await manager.GetAsync("/api/manager/numbers.csv")).Content.ReadAsStringAsync();
        Assert.Contains($"bot,containment,{after.GetProperty("contained").GetInt32()},", csv);
        Assert.Contains($"bot,reopen-after-bot,{after.GetProperty("reopenedAfterBot").GetInt32()},", csv);
    }

    /// <summary>Sends a text as the customer; the passive reply's words, or null when the desk answered "success".</summary>
    private async Task<string?> SayAsync(string openId, string words, long? msgId = null)
    {
        var answer = await wechat.Push.PostAsync(openId, Text(openId, words, msgId ?? NewMsgId()));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return Reply(await answer.Content.ReadAsStringAsync());
    }

    private static string? Reply(string body) => body == "success" ? null : XElement.Parse(body).Element("Content")!.Value;

    private async Task<long> CasesAsync(string openId) => await wechat.CountAsync(
        $"SELECT count(*) FROM {DeskTables.Cases} c JOIN {DeskTables.CustomerContacts} k ON k.customer_id = c.customer_id WHERE k.address = @o", ("o", openId));

    private async Task<(Guid Id, List<JsonElement> Timeline)> CaseAsync(string openId)
    {
        var id = await wechat.CustomerOfAsync(openId);
        var agent = await wechat.AgentAsync();
        var customer = await GetJsonAsync(agent, $"/api/customers/{id}");
        var caseId = Assert.Single(customer.GetProperty("cases").EnumerateArray()).GetProperty("id").GetGuid();
        return (caseId, (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList());
    }

    /// <summary>The customer's one conversation: its status and the articles sent, as "status|slug,slug".</summary>
    private async Task<string> ConversationAsync(string openId) => (await wechat.ScalarTextAsync(
        $"SELECT b.status || '|' || array_to_string(b.articles, ',') FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @o",
        ("o", openId))) ?? "";

    private async Task<string?> ReasonAsync(string openId) => await wechat.ScalarTextAsync(
        $"SELECT b.hand_off_reason FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @o",
        ("o", openId));
}
