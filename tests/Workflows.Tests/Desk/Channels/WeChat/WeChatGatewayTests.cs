using System.Net;
using System.Net.Http.Json;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.WeChatDesk;
using static Workflows.Tests.Support.WeChatPush;

namespace Workflows.Tests.Desk.Channels.WeChat;

/// <summary>
/// Agents' replies on WeChat cases, out through the customer-service message API of a fake WeChat: the access
/// token cached and renewed, and WeChat being down waited out by the outbox, each message delivered exactly once.
/// Cite: issue 20, part 1.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class WeChatGatewayTests(PlainWeChatDesk wechat) : IClassFixture<PlainWeChatDesk>
{
    private FakeWeChatApi Api => wechat.Api;

    [Fact]
    public async Task AgentReply_OnAWeChatCase_GoesToCustomServiceSend_WithTheOpenIdAndTheTextExactly()
    {
        var (openId, caseId) = await OpenCaseAsync();
        const string reply = "您好 & <b>不是标签</b> \"退款\" 已提交 😀\n预计 1-3 个工作日到账";
        var sent = await ReplyAsync(caseId, reply);

        Assert.Equal(openId, sent.ToUser);
        Assert.Contains("😀", sent.RawBody); // UTF-8 as is, not a \ud83d\ude00 escape
        Assert.Contains("<b>不是标签</b>", sent.RawBody);
        // The flow's own notice went the same way: the customer heard their case number on WeChat.
        Assert.Contains(Api.SentTo(openId), s => s.Content.Contains("服务单 CS-"));
        await Task.Delay(TimeSpan.FromSeconds(2)); // a few more dispatcher passes: nothing goes out twice
        Assert.Single(Api.SentTo(openId), s => s.Content == reply);
    }

    [Fact]
    public async Task AccessToken_IsFetchedOnce_ForManySends()
    {
        var (openId, caseId) = await OpenCaseAsync();
        var fetched = Api.IssuedTokens.Count;
        var sent = new List<FakeWeChatApi.SentText>();
        foreach (var text in new[] { "第一条回复", "第二条回复", "第三条回复" }) sent.Add(await ReplyAsync(caseId, text));

        Assert.Single(sent.Select(s => s.Token).Distinct());
        Assert.InRange(Api.IssuedTokens.Count - fetched, 0, 1);
        Assert.DoesNotContain(Api.Refused, r => sent.Any(s => s.Token == r.Token));
        Assert.Equal(3, Api.SentTo(openId).Count(s => s.Content.EndsWith("条回复")));
    }

    [Theory]
    [InlineData(40001)]
    [InlineData(42001)]
    public async Task ARefusedToken_IsReplacedOnce_AndTheReplyStillGoesOutOnce(int errCode)
    {
        var (openId, caseId) = await OpenCaseAsync();
        var old = Api.SentTo(openId).Last().Token;
        var (fetched, refused) = (Api.IssuedTokens.Count, Api.Refused.Count);
        Api.ExpireTokens(errCode);

        var sent = await ReplyAsync(caseId, $"令牌 {errCode} 之后的回复");
        Assert.NotEqual(old, sent.Token);
        Assert.Equal(1, Api.IssuedTokens.Count - fetched);
        Assert.Equal(new[] { (old, errCode) }, Api.Refused.Skip(refused).ToArray());
        var next = await ReplyAsync(caseId, $"新令牌继续使用 ({errCode})");
        Assert.Equal(sent.Token, next.Token);
        Assert.Equal(1, Api.IssuedTokens.Count - fetched);
        Assert.Single(Api.SentTo(openId), s => s.Content == $"令牌 {errCode} 之后的回复");
    }

    [Fact]
    public async Task AccessToken_IsRenewedBeforeItExpires()
    {
        var (_, caseId) = await OpenCaseAsync();
        Api.TokenLifetimeSeconds = 4;
        try
        {
            Api.ExpireTokens(40001); // the next send fetches a token that lives four seconds
            var first = await ReplyAsync(caseId, "短期令牌第一条");
            var refused = Api.Refused.Count;
            await Task.Delay(TimeSpan.FromSeconds(4.5));
            var second = await ReplyAsync(caseId, "短期令牌第二条");
            Assert.NotEqual(first.Token, second.Token);
            Assert.Equal(refused, Api.Refused.Count); // renewed early: WeChat never had to say 42001
        }
        finally
        {
            Api.TokenLifetimeSeconds = 7200;
            Api.ExpireTokens(40001);
        }
    }

    [Fact]
    public async Task WeChatDown_ThenUp_EveryReplyIsDeliveredExactlyOnce()
    {
        var (openId, caseId) = await OpenCaseAsync();
        var agent = await wechat.AgentAsync();
        Api.Down = true;
        try
        {
            var dropped = Api.DroppedCalls;
            foreach (var text in new[] { "断网期间的回复一", "断网期间的回复二" })
                Assert.Equal(HttpStatusCode.Created, (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = text })).StatusCode);
            await Task.Delay(TimeSpan.FromSeconds(4));
            Assert.True(Api.DroppedCalls > dropped, "The outbox never tried to reach WeChat while it was down.");
            Assert.DoesNotContain(Api.SentTo(openId), s => s.Content.StartsWith("断网期间"));
        }
        finally
        {
            Api.Down = false;
        }
        await WaitForAsync(() => Api.SentTo(openId).Count(s => s.Content.StartsWith("断网期间")) == 2, TimeSpan.FromSeconds(40));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.Single(Api.SentTo(openId), s => s.Content == "断网期间的回复一");
        Assert.Single(Api.SentTo(openId), s => s.Content == "断网期间的回复二");
        // Waited out with growing pauses, not spent in a burst: a few attempts each, all within the outbox's budget.
        var attempts = await wechat.CountAsync($"""
            SELECT max(o.attempts) FROM {ServerTables.Outbox} o JOIN {DeskTables.CaseMessages} m ON m.outbox_message_id = o.id
            WHERE m.case_id = @c AND m.body LIKE '断网期间%' AND o.delivered_at IS NOT NULL
            """, ("c", caseId));
        Assert.InRange(attempts, 2, 8);
    }

    /// <summary>A customer writes in on WeChat; their new case's id, once the flow's first notice to them went out.</summary>
    private async Task<(string OpenId, Guid CaseId)> OpenCaseAsync()
    {
        var openId = NewOpenId();
        var answer = await wechat.Push.PostAsync(openId, Text(openId, "手机支付被拒，提示风控", NewMsgId()));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var customer = await wechat.CustomerOfAsync(openId) ?? throw new InvalidOperationException("The message made no customer.");
        var cases = (await ApiScenario.GetJsonAsync(await wechat.AgentAsync(), $"/api/customers/{customer}")).GetProperty("cases");
        var caseId = Assert.Single(cases.EnumerateArray()).GetProperty("id").GetGuid();
        await WaitForAsync(() => Api.SentTo(openId).Count > 0, TimeSpan.FromSeconds(20));
        return (openId, caseId);
    }

    /// <summary>An agent's reply on the case, as WeChat received it (texts are unique across the class: the fake keeps every send).</summary>
    private async Task<FakeWeChatApi.SentText> ReplyAsync(Guid caseId, string text)
    {
        var posted = await (await wechat.AgentAsync()).PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = text });
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        await WaitForAsync(() => Api.Sent.Any(s => s.Content == text), TimeSpan.FromSeconds(20));
        return Api.Sent.First(s => s.Content == text);
    }

    private static async Task WaitForAsync(Func<bool> condition, TimeSpan limit)
    {
        var until = DateTime.UtcNow + limit;
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Not within {limit}.");
            await Task.Delay(100);
        }
    }
}
