using System.Net;
using System.Net.Http.Json;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.ChatDesk;

namespace Workflows.Tests.Desk.Channels.Chat;

/// <summary>
/// Who is on the chat page: a one-time code by SMS or email through the outbox, verified once, with wrong, expired and
/// exhausted codes refused and code requests limited per address and per IP address. Cite: issue 20, part 3.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class ChatCodesTests(ChatDesk chat, ClusterFixture cluster) : IClassFixture<ChatDesk>
{
    [Fact]
    public async Task APhoneCode_GoesBySms_AndVerifies_MatchingTheKnownCustomer()
    {
        var phone = NewPhone();
        using var agent = await chat.Desk.SignInAsync("agent1");
        var made = await agent.PostAsJsonAsync("/api/cases", new
        {
            channel = "phone", customer = new { phone, name = "王芳" }, subject = "支付失败", description = "上次支付失败",
        });
        made.EnsureSuccessStatusCode();
        var customerId = (await JsonAsync(made)).GetProperty("case").GetProperty("customerId").GetGuid();

        var client = chat.Desk.Host.CreateClient();
        var sent = await client.PostAsJsonAsync("/api/chat/codes", new { address = phone, language = "zh-CN" });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        Assert.Equal("phone", (await JsonAsync(sent)).GetProperty("channel").GetString());
        var code = await chat.CodeFor(phone);
        Assert.Equal("sms", await chat.ScalarAsync($"SELECT kind FROM {ServerTables.Outbox} WHERE payload->>'to' = @to", ("to", phone)));
        Assert.Null(await chat.ScalarAsync($"SELECT id FROM {DeskTables.ChatCodes} WHERE code_hash LIKE '%' || @code || '%' AND address = @to", ("code", code), ("to", phone)));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/chat/stream")).StatusCode);
        var verified = await client.PostAsJsonAsync("/api/chat/verify", new { address = phone, code });
        Assert.Equal(HttpStatusCode.OK, verified.StatusCode);
        Assert.Contains(verified.Headers.GetValues("Set-Cookie"), c => c.StartsWith("wf_chat=") && c.Contains("httponly") && c.Contains("samesite=strict"));
        Assert.True((await GetJsonAsync(client, "/api/chat/session")).GetProperty("verified").GetBoolean());
        Assert.Equal(customerId, await chat.ScalarAsync($"SELECT customer_id FROM {DeskTables.ChatCodes} WHERE address = @to", ("to", phone)));

        // Used: the same code does not open a second session.
        var again = await chat.Desk.Host.CreateClient().PostAsJsonAsync("/api/chat/verify", new { address = phone, code });
        Assert.Equal("chat.code.expired", (await JsonAsync(again)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnEmailCode_GoesByEmail_InTheCustomersLanguage()
    {
        var email = NewEmail();
        var client = chat.Desk.Host.CreateClient();
        (await client.PostAsJsonAsync("/api/chat/codes", new { address = email.ToUpperInvariant(), language = "en" })).EnsureSuccessStatusCode();
        await chat.CodeFor(email);
        Assert.Equal("email", await chat.ScalarAsync($"SELECT kind FROM {ServerTables.Outbox} WHERE payload->>'to' = @to", ("to", email)));
        Assert.Equal("Your chat code", await chat.ScalarAsync($"SELECT payload->>'subject' FROM {ServerTables.Outbox} WHERE payload->>'to' = @to", ("to", email)));
        foreach (var bad in new[] { "", "not an address", "12345", "a@b@c" })
            Assert.Equal("chat.address.invalid", (await JsonAsync(await client.PostAsJsonAsync("/api/chat/codes", new { address = bad }))).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AWrongCode_CountsATry_AndTheFifthWrongTryEndsTheCode()
    {
        var phone = NewPhone();
        var client = chat.Desk.Host.CreateClient();
        (await client.PostAsJsonAsync("/api/chat/codes", new { address = phone })).EnsureSuccessStatusCode();
        var code = await chat.CodeFor(phone);
        var wrong = code == "000000" ? "111111" : "000000";
        for (var left = 4; left >= 0; left--)
        {
            var refused = await client.PostAsJsonAsync("/api/chat/verify", new { address = phone, code = wrong });
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal("chat.code.wrong", problem.GetProperty("code").GetString());
        }
        var exhausted = await client.PostAsJsonAsync("/api/chat/verify", new { address = phone, code });
        Assert.Equal(HttpStatusCode.TooManyRequests, exhausted.StatusCode);
        Assert.Equal("chat.code.tries-exhausted", (await JsonAsync(exhausted)).GetProperty("code").GetString());
        Assert.False((await GetJsonAsync(client, "/api/chat/session")).GetProperty("verified").GetBoolean());
    }

    [Fact]
    public async Task OneCode_SentTwiceAtOnce_VerifiesOnce_AndMakesOneCustomer()
    {
        var phone = NewPhone();
        var client = chat.Desk.Host.CreateClient();
        Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/chat/codes", new { address = phone, language = "zh-CN" })).StatusCode);
        var code = await chat.CodeFor(phone);
        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => chat.Desk.Host.CreateClient().PostAsJsonAsync("/api/chat/verify", new { address = phone, code })));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.OK));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.OK), a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.Equal(1L, Convert.ToInt64(await chat.ScalarAsync($"SELECT count(*) FROM {DeskTables.CustomerContacts} WHERE address = @a", ("a", phone))));
    }

    [Fact]
    public async Task AnExpiredCode_IsRefused()
    {
        var phone = NewPhone();
        var client = chat.Desk.Host.CreateClient();
        (await client.PostAsJsonAsync("/api/chat/codes", new { address = phone })).EnsureSuccessStatusCode();
        var code = await chat.CodeFor(phone);
        await chat.ScalarAsync($"UPDATE {DeskTables.ChatCodes} SET expires_at = now() - interval '1 second' WHERE address = @to", ("to", phone));
        var refused = await client.PostAsJsonAsync("/api/chat/verify", new { address = phone, code });
        Assert.Equal("chat.code.expired", (await JsonAsync(refused)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task AnAddress_IsSentThreeCodesInTenMinutes_NotAFourth()
    {
        var phone = NewPhone();
        var client = chat.Desk.Host.CreateClient();
        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/chat/codes", new { address = phone })).StatusCode);
        var fourth = await client.PostAsJsonAsync("/api/chat/codes", new { address = phone });
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Equal("chat.code.too-many", (await JsonAsync(fourth)).GetProperty("code").GetString());
        Assert.Equal(3L, await chat.ScalarAsync($"SELECT count(*) FROM {ServerTables.Outbox} WHERE payload->>'to' = @to", ("to", phone)));
    }

    [Fact]
    public async Task OneIpAddress_AsksForSoManyCodes_ThenGets429()
    {
        await using var desk = await SoloDesk.StartAsync(cluster, $"chat_ip_{Guid.NewGuid():N}", ("Channels:Chat:CodesPerIp", "2"));
        var client = desk.Host.CreateClient();
        for (var i = 0; i < 2; i++) Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/chat/codes", new { address = NewPhone() })).StatusCode);
        var limited = await client.PostAsJsonAsync("/api/chat/codes", new { address = NewPhone() });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.Equal("chat.rate-limited", (await JsonAsync(limited)).GetProperty("code").GetString());
    }
}
