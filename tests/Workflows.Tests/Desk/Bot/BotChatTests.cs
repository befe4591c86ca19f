using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.ChatDesk;

namespace Workflows.Tests.Desk.Bot;

/// <summary>
/// The bot on the web chat, before an agent: a question gets the article on the customer's stream with no case; yes
/// ends it there; no, 人工, fraud or a file hands the same chat to a person on a case with the transcript, live or as a
/// ticket when nobody is on, and the agent's reply reaches the same stream. Cite: issue 20, part 6.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class BotChatTests(BotChatDesk chat) : IClassFixture<BotChatDesk>
{
    [Fact]
    public async Task AQuestion_IsAnsweredOnTheStream_WithNoCase_AndAYesEndsItThere()
    {
        var phone = NewPhone();
        var customer = await chat.VerifiedCustomerAsync(phone);
        var started = await customer.PostAsJsonAsync("/api/chat/start", new { message = "同一个订单扣了我两遍钱" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = await JsonAsync(started);
        Assert.True(view.GetProperty("bot").GetBoolean());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("caseId").ValueKind);

        await using var events = await ChatEvents.OpenAsync(customer);
        var answer = await events.NextAsync(e => Kind(e.Data) == "bot-answer");
        Assert.Contains("同一笔订单被扣了两次钱", Body(answer.Data));
        // A reload finds the same chat, still the bot's.
        var session = (await GetJsonAsync(customer, "/api/chat/session")).GetProperty("chat");
        Assert.Equal(view.GetProperty("chatId").GetGuid(), session.GetProperty("chatId").GetGuid());
        Assert.True(session.GetProperty("bot").GetBoolean());

        var yes = await JsonAsync(await customer.PostAsJsonAsync("/api/chat/messages", new { body = "1" }));
        Assert.True(yes.GetProperty("chat").GetProperty("bot").GetBoolean());
        Assert.Contains("很高兴", Body((await events.NextAsync(e => Kind(e.Data) == "bot")).Data));
        Assert.Equal(0L, await chat.ScalarAsync(
            $"SELECT count(*) FROM {DeskTables.Cases} c JOIN {DeskTables.CustomerContacts} k ON k.customer_id = c.customer_id WHERE k.address = @p", ("p", phone)));
        Assert.Equal("contained|duplicate-charge|chat", await ConversationAsync(phone));
    }

    [Fact]
    public async Task ANo_HandsTheSameChatToAnAgent_WithTheTranscript_AndTheAgentsReplyReachesTheStream()
    {
        await chat.FrontLineAsync(online: true);
        var phone = NewPhone();
        var customer = await chat.VerifiedCustomerAsync(phone, "en");
        (await customer.PostAsJsonAsync("/api/chat/start", new { message = "how long does a withdrawal take" })).EnsureSuccessStatusCode();
        await using var events = await ChatEvents.OpenAsync(customer);
        Assert.Contains("Did this solve it?", Body((await events.NextAsync(e => Kind(e.Data) == "bot-answer")).Data));

        var no = await JsonAsync(await customer.PostAsJsonAsync("/api/chat/messages", new { body = "2" }));
        var handed = no.GetProperty("chat");
        Assert.False(handed.GetProperty("bot").GetBoolean());
        Assert.False(handed.GetProperty("fallback").GetBoolean());
        Assert.Equal("chat", handed.GetProperty("channel").GetString());
        var caseId = handed.GetProperty("caseId").GetGuid();
        Assert.Contains("passing you to an agent", Body((await events.NextAsync(e => Kind(e.Data) == "bot")).Data));
        Assert.Contains(handed.GetProperty("caseNumber").GetString()!, Body((await events.NextAsync(e => Kind(e.Data) == "notice")).Data));

        using var agent = await chat.Desk.SignInAsync("agent1");
        var timeline = (await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal("how long does a withdrawal take", Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "intake").GetProperty("text").GetString());
        var note = Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "bot-transcript").GetProperty("text").GetString()!;
        Assert.Contains("the customer said the article did not solve it", note);
        Assert.Contains("(withdrawal)", note);

        // The stream began while the bot answered; it follows the case now, so the agent's reply arrives on it.
        (await agent.PostAsJsonAsync($"/api/cases/{caseId}/replies", new { body = "I will check your withdrawal." })).EnsureSuccessStatusCode();
        await events.NextWithBodyAsync("I will check your withdrawal.");
        var next = await JsonAsync(await customer.PostAsJsonAsync("/api/chat/messages", new { body = "thanks, it was 500 CNY" }));
        Assert.Equal(JsonValueKind.String, next.GetProperty("messageId").ValueKind);
        Assert.Contains((await GetJsonAsync(agent, $"/api/cases/{caseId}")).GetProperty("timeline").EnumerateArray(),
            e => e.GetProperty("text").GetString() == "thanks, it was 500 CNY");
    }

    [Theory]
    [InlineData("我的卡被盗刷了三笔", "fraud", "资金安全")]
    [InlineData("转人工", "asked-for-agent", "转接人工客服")]
    public async Task Fraud_OrAskingForAPerson_OpensTheCaseAtOnce_WithNoArticle(string words, string reason, string replied)
    {
        await chat.FrontLineAsync(online: true);
        var phone = NewPhone();
        var customer = await chat.VerifiedCustomerAsync(phone);
        var started = await customer.PostAsJsonAsync("/api/chat/start", new { message = words });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = await JsonAsync(started);
        Assert.False(view.GetProperty("bot").GetBoolean());
        Assert.Equal(JsonValueKind.String, view.GetProperty("caseId").ValueKind);

        await using var events = await ChatEvents.OpenAsync(customer);
        var entries = await events.MessagesWithinAsync(1);
        // The customer's words, the bot's hand-off, the notice of the case; then whatever the case's flow says.
        Assert.Equal(["message", "bot", "notice"], entries.Take(3).Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal(words, entries[0].GetProperty("body").GetString());
        Assert.Contains(replied, entries[1].GetProperty("body").GetString());
        Assert.Equal(reason, await chat.ScalarAsync(
            $"SELECT b.hand_off_reason FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @p", ("p", phone)));
    }

    [Fact]
    public async Task AHandOffWithNobodyOnline_BecomesATicket_AndAFileHandsOverWithTheFileOnTheCase()
    {
        await chat.FrontLineAsync(online: false);
        var email = NewEmail();
        var customer = await chat.VerifiedCustomerAsync(email, "en");
        (await customer.PostAsJsonAsync("/api/chat/start", new { message = "how do I get an invoice" })).EnsureSuccessStatusCode();
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0];
        var file = new ByteArrayContent(png);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        var uploaded = await customer.PostAsync("/api/chat/attachments", new MultipartFormDataContent { { file, "file", "invoice.png" } });
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var ticket = (await JsonAsync(uploaded)).GetProperty("chat");
        Assert.True(ticket.GetProperty("fallback").GetBoolean());
        Assert.Equal("email", ticket.GetProperty("channel").GetString());
        // The page says the chat became a ticket; it does not promise an agent will answer here.
        await using var events = await ChatEvents.OpenAsync(customer);
        var shown = await events.MessagesWithinAsync(1);
        Assert.Equal(["message", "bot-answer", "notice", "attachment"], shown.Take(4).Select(e => e.GetProperty("kind").GetString()));
        Assert.Contains("No agent is online", shown[2].GetProperty("body").GetString());

        using var agent = await chat.Desk.SignInAsync("agent1");
        var timeline = (await GetJsonAsync(agent, $"/api/cases/{ticket.GetProperty("caseId").GetGuid()}")).GetProperty("timeline").EnumerateArray().ToList();
        Assert.Contains(timeline, e => e.GetProperty("text").GetString() == "invoice.png");
        Assert.Contains("[文件 / file] invoice.png", Assert.Single(timeline, e => e.GetProperty("kind").GetString() == "bot-transcript").GetProperty("text").GetString());
        Assert.Equal("not-text", await chat.ScalarAsync(
            $"SELECT b.hand_off_reason FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @e", ("e", email)));
        // A ticket takes no more messages on the page.
        Assert.Equal(HttpStatusCode.Conflict, (await customer.PostAsJsonAsync("/api/chat/messages", new { body = "hello?" })).StatusCode);
    }

    private static string? Kind(string data) => JsonDocument.Parse(data).RootElement.TryGetProperty("kind", out var kind) ? kind.GetString() : null;

    private static string Body(string data) => JsonDocument.Parse(data).RootElement.GetProperty("body").GetString()!;

    /// <summary>The customer's one conversation as "status|slugs|channel".</summary>
    private async Task<object?> ConversationAsync(string address) => await chat.ScalarAsync(
        $"SELECT b.status || '|' || array_to_string(b.articles, ',') || '|' || b.channel FROM {DeskTables.BotConversations} b JOIN {DeskTables.CustomerContacts} k ON k.customer_id = b.customer_id WHERE k.address = @a",
        ("a", address));
}
