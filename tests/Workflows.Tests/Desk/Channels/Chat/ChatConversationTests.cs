using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.ChatDesk;

namespace Workflows.Tests.Desk.Channels.Chat;

/// <summary>
/// A chat from the customer page to an agent and back, on the API: the case it opens, messages both ways in real time
/// (also across two hosts), resuming after a lost connection, typing, files, and the ticket it becomes when nobody is
/// online. Cite: issue 20, part 3.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class ChatConversationTests(ChatDesk chat) : IClassFixture<ChatDesk>
{
    private async Task<(HttpClient Customer, JsonElement Chat)> StartAsync(string address, string first, string language = "zh-CN")
    {
        var customer = await chat.VerifiedCustomerAsync(address, language);
        var started = await customer.PostAsJsonAsync("/api/chat/start", new { message = first });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        return (customer, await JsonAsync(started));
    }

    private static async Task ReplyAsync(HttpClient agent, Guid caseId, string body) =>
        (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body })).EnsureSuccessStatusCode();

    [Fact]
    public async Task StartingAChat_OpensAChatCase_ForTheVerifiedCustomer_AndTheirMessagesJoinItsTimeline()
    {
        await chat.FrontLineAsync(online: true);
        var email = NewEmail();
        var (customer, started) = await StartAsync(email, "我的付款被拒绝了");
        Assert.False(started.GetProperty("fallback").GetBoolean());
        Assert.Equal("chat", started.GetProperty("channel").GetString());
        var caseId = started.GetProperty("caseId").GetGuid();

        const string script = "<script>alert('x')</script> 还在吗？";
        var sent = await customer.PostAsJsonAsync("/api/chat/messages", new { body = script });
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);

        using var agent = await chat.Desk.SignInAsync("agent1");
        var details = await GetJsonAsync(agent, $"/api/cases/{caseId}");
        Assert.Equal("chat", details.GetProperty("case").GetProperty("channel").GetString());
        Assert.Equal(await chat.ScalarAsync($"SELECT customer_id FROM {DeskTables.CustomerContacts} WHERE channel = 'email' AND address = @email", ("email", email)),
            details.GetProperty("case").GetProperty("customerId").GetGuid());
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString() == script && t.GetProperty("direction").GetString() == "inbound");

        // The same customer's second tab continues the chat rather than opening another case.
        var again = await customer.PostAsJsonAsync("/api/chat/start", new { message = "又一个问题" });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(caseId, (await JsonAsync(again)).GetProperty("caseId").GetGuid());

        // The script is the customer's text, on the stream too: the page shows it as text.
        await using var events = await ChatEvents.OpenAsync(customer);
        Assert.Contains(await events.MessagesWithinAsync(1), m => m.GetProperty("body").GetString() == script);
    }

    [Fact]
    public async Task AnAgentsReply_ReachesTheCustomersStream_AndTypingGoesBothWays()
    {
        await chat.FrontLineAsync(online: true);
        var (customer, started) = await StartAsync(NewPhone(), "Card declined twice", "en");
        var caseId = started.GetProperty("caseId").GetGuid();
        using var agent = await chat.Desk.SignInAsync("agent1");
        await using var events = await ChatEvents.OpenAsync(customer);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.PostAsync($"/api/cases/{caseId}/chat/typing", null)).StatusCode);
        await events.NextAsync(e => e.EventType == "typing");
        Assert.Equal(HttpStatusCode.NoContent, (await customer.PostAsync("/api/chat/typing", null)).StatusCode);
        Assert.True((await GetJsonAsync(agent, $"/api/cases/{caseId}/chat")).GetProperty("customerTyping").GetBoolean());

        await ReplyAsync(agent, caseId, "Let me check that for you.");
        var reply = await events.NextWithBodyAsync("Let me check that for you.");
        var entry = JsonDocument.Parse(reply.Data).RootElement;
        Assert.Equal("outbound", entry.GetProperty("direction").GetString());
        Assert.Equal(entry.GetProperty("seq").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), reply.EventId);
    }

    [Fact]
    public async Task AReconnect_WithLastEventId_GetsTheMissedMessagesExactlyOnce()
    {
        await chat.FrontLineAsync(online: true);
        var (customer, started) = await StartAsync(NewPhone(), "转账没到账");
        var caseId = started.GetProperty("caseId").GetGuid();
        using var agent = await chat.Desk.SignInAsync("agent1");
        long last;
        await using (var events = await ChatEvents.OpenAsync(customer))
        {
            await ReplyAsync(agent, caseId, "第一条回复");
            var first = await events.NextWithBodyAsync("第一条回复");
            last = long.Parse(first.EventId!, System.Globalization.CultureInfo.InvariantCulture);
        }
        await ReplyAsync(agent, caseId, "第二条回复");
        await ReplyAsync(agent, caseId, "第三条回复");
        await customer.PostAsJsonAsync("/api/chat/messages", new { body = "收到" });

        await using var resumed = await ChatEvents.OpenAsync(customer, last);
        var missed = await resumed.MessagesWithinAsync(2);
        var bodies = missed.Select(m => m.GetProperty("body").GetString()).ToList();
        Assert.DoesNotContain("第一条回复", bodies);
        Assert.Equal(1, bodies.Count(b => b == "第二条回复"));
        Assert.Equal(1, bodies.Count(b => b == "第三条回复"));
        Assert.Equal(1, bodies.Count(b => b == "收到"));
        var seqs = missed.Select(m => m.GetProperty("seq").GetInt64()).ToList();
        Assert.Equal(seqs.Order(), seqs);
        Assert.All(seqs, s => Assert.True(s > last));
    }

    [Fact]
    public async Task AReplyWrittenOnOneHost_ReachesAStreamOnAnother()
    {
        await chat.FrontLineAsync(online: true);
        // One browser whose requests land on host A, then on host B: the key that signs its cookie is shared through the database.
        var email = NewEmail();
        var onA = chat.Desk.Host.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        await onA.PostAsJsonAsync("/api/chat/codes", new { address = email });
        var verified = await onA.PostAsJsonAsync("/api/chat/verify", new { address = email, code = await chat.CodeFor(email) });
        var cookie = verified.Headers.GetValues("Set-Cookie").Single().Split(';')[0];
        onA.DefaultRequestHeaders.Add("Cookie", cookie);
        var started = await JsonAsync(await onA.PostAsJsonAsync("/api/chat/start", new { message = "两台服务器" }));
        var onB = chat.SecondHost().CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });
        onB.DefaultRequestHeaders.Add("Cookie", cookie);
        await using var events = await ChatEvents.OpenAsync(onB);

        using var agent = await chat.Desk.SignInAsync("agent1");
        await ReplyAsync(agent, started.GetProperty("caseId").GetGuid(), "来自主机 A 的回复");
        await events.NextWithBodyAsync("来自主机 A 的回复");
        // And the other way: the customer writes through host B, the agent sees it on the case.
        (await onB.PostAsJsonAsync("/api/chat/messages", new { body = "经由主机 B" })).EnsureSuccessStatusCode();
        var details = await GetJsonAsync(agent, $"/api/cases/{started.GetProperty("caseId").GetGuid()}");
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString() == "经由主机 B");
    }

    [Fact]
    public async Task WithNobodyOnline_TheChatBecomesATicket_AnsweredByEmail()
    {
        await chat.FrontLineAsync(online: false);
        var email = NewEmail();
        var customer = await chat.VerifiedCustomerAsync(email, "en");
        var started = await JsonAsync(await customer.PostAsJsonAsync("/api/chat/start", new { message = "Refund missing" }));
        Assert.True(started.GetProperty("fallback").GetBoolean());
        Assert.Equal("email", started.GetProperty("channel").GetString());
        await using var events = await ChatEvents.OpenAsync(customer);
        var notice = (await events.MessagesWithinAsync(1)).Single(m => m.GetProperty("direction").GetString() == "system");
        Assert.Contains("No agent is online", notice.GetProperty("body").GetString());
        Assert.Contains(started.GetProperty("caseNumber").GetString()!, notice.GetProperty("body").GetString());

        var refused = await customer.PostAsJsonAsync("/api/chat/messages", new { body = "hello?" });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        using var agent = await chat.Desk.SignInAsync("agent1");
        await ReplyAsync(agent, started.GetProperty("caseId").GetGuid(), "We are on it.");
        Assert.Equal("email", await chat.ScalarAsync($"SELECT kind FROM {ServerTables.Outbox} WHERE payload->>'body' = 'We are on it.'"));
    }

    [Fact]
    public async Task ACustomersPicture_JoinsTheCase_AndAFileThatIsNotOne_IsRefused()
    {
        await chat.FrontLineAsync(online: true);
        var (customer, started) = await StartAsync(NewPhone(), "截图");
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
        var uploaded = await customer.PostAsync("/api/chat/attachments", File("receipt.png", "image/png", png));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var refused = await customer.PostAsync("/api/chat/attachments", File("run.png", "image/png", "<html><script>x</script>"u8.ToArray()));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);

        using var agent = await chat.Desk.SignInAsync("agent1");
        var details = await GetJsonAsync(agent, $"/api/cases/{started.GetProperty("caseId").GetGuid()}");
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString() == "receipt.png");
    }

    private static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
