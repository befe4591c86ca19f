using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Workflows.Desk.Channels.WeChat;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.WeChatDesk;
using static Workflows.Tests.Support.WeChatPush;

namespace Workflows.Tests.Desk.Channels.WeChat;

/// <summary>
/// The account's callback URL as WeChat's servers use it, in plain mode: verification, forged and broken requests
/// (refused with nothing written), and what messages and events do at the desk. Cite: issue 20, part 1.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class WeChatEndpointsTests(PlainWeChatDesk wechat) : IClassFixture<PlainWeChatDesk>
{
    private WeChatPush Push => wechat.Push;

    [Fact]
    public async Task Verify_EchoesEchostr_OnlyWhenSignedWithTheToken()
    {
        const string timestamp = "1409304348", nonce = "372623149", echo = "4375120948345356249";
        var good = await Push.Client.GetAsync($"/channels/wechat?signature={Sign(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&echostr={echo}");
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Equal(echo, await good.Content.ReadAsStringAsync());
        Assert.Equal("text/plain", good.Content.Headers.ContentType?.MediaType);

        var right = Sign(Token, timestamp, nonce);
        foreach (var signature in new[] { Sign("notTheToken", timestamp, nonce), Sign(Token, timestamp, "1"), "", right[..39] + (right[^1] == '0' ? "1" : "0") })
        {
            var forged = await Push.Client.GetAsync($"/channels/wechat?signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr={echo}");
            Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
            var body = await forged.Content.ReadAsStringAsync();
            Assert.DoesNotContain(echo, body);
            Assert.Equal("signature", JsonDocument.Parse(body).RootElement.GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task Post_WithAForgedSignature_IsRefused_AndWritesNothing()
    {
        var openId = NewOpenId();
        var xml = Text(openId, "我的付款失败了", NewMsgId());
        foreach (var signature in new[] { Sign("notTheToken", "1409304348", "372623149"), "", new string('0', 40) })
        {
            var refused = await Push.PostAsync(openId, xml, signature: signature);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Equal("wechat.signature.invalid", (await JsonAsync(refused)).GetProperty("code").GetString());
        }
        await AssertNothingWrittenAsync(openId);
    }

    [Fact]
    public async Task Post_Answers400_ForBodiesThatAreNotWeChatMessages_AndWritesNothing()
    {
        var openId = NewOpenId();
        var good = Text(openId, "你好", NewMsgId());
        foreach (var (body, field) in new[]
        {
            ("", "body"), ("not xml at all", "body"), (good[..^10], "body"), (good + "<xml/>", "body"),
            (good.Replace("<xml>", "<message>").Replace("</xml>", "</message>"), "body"),
            (Regex.Replace(good, "<FromUserName>.*?</FromUserName>", ""), "FromUserName"),
            (Regex.Replace(good, "<CreateTime>[0-9]+</CreateTime>", "<CreateTime>yesterday</CreateTime>"), "CreateTime"),
            (Message(openId, "event", Now()), "Event"),
        })
        {
            var refused = await Push.PostAsync(openId, body);
            Assert.True(refused.StatusCode == HttpStatusCode.BadRequest, $"{body}: {(int)refused.StatusCode}");
            Assert.Equal(field, (await JsonAsync(refused)).GetProperty("field").GetString());
        }
        await AssertNothingWrittenAsync(openId);
    }

    [Fact]
    public async Task Post_RefusesEveryDtd_EntityBombsAndExternalEntitiesToo_AndWritesNothing()
    {
        var openId = NewOpenId();
        var bomb = new StringBuilder("<!DOCTYPE xml [<!ENTITY lol0 \"lol\">");
        for (var i = 1; i <= 9; i++) bomb.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        bomb.Append("]>");
        var template = Text(openId, "CONTENT", NewMsgId()).Replace("<![CDATA[CONTENT]]>", "ENTITY");
        foreach (var (doctype, entity) in new[]
        {
            (bomb.ToString(), "&lol9;"),
            ("<!DOCTYPE xml [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>", "&xxe;"),
            ("<!DOCTYPE xml SYSTEM \"http://127.0.0.1:9/evil.dtd\">", "harmless"),
            ("<!DOCTYPE xml>", "harmless"),
        })
        {
            var watch = Stopwatch.StartNew();
            var refused = await Push.PostAsync(openId, "<?xml version=\"1.0\"?>" + doctype + template.Replace("ENTITY", entity));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("DTD", (await JsonAsync(refused)).GetProperty("detail").GetString());
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"Refusing a DTD took {watch.Elapsed}: was it expanded?");
        }
        await AssertNothingWrittenAsync(openId);
    }

    [Fact]
    public async Task Post_OfTenMegabytes_Is413BeforeParsing_WithOrWithoutContentLength()
    {
        var openId = NewOpenId();
        var huge = Text(openId, new string('付', 10 * 1024 * 1024 / 3), NewMsgId());
        var refused = await Push.PostAsync(openId, huge);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, refused.StatusCode);
        Assert.Equal("wechat.body.too-large", (await JsonAsync(refused)).GetProperty("code").GetString());

        var timestamp = Now().ToString();
        var unsized = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(huge)));
        var streamed = await Push.Client.PostAsync($"/channels/wechat?signature={Sign(Token, timestamp, "1")}&timestamp={timestamp}&nonce=1", unsized);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        await AssertNothingWrittenAsync(openId);
    }

    [Fact]
    public async Task Text_FromANewOpenId_MakesACustomerWithThatOpenId_AndOpensAWeChatCase_WithinFiveSeconds()
    {
        var openId = NewOpenId();
        var watch = Stopwatch.StartNew();
        var answer = await Push.PostAsync(openId, Text(openId, "转账失败了，钱被扣了但对方没收到", NewMsgId()));
        watch.Stop();
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("success", await answer.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"WeChat waits 5 s; the answer took {watch.Elapsed}.");

        var customer = await CustomerAsync(openId);
        Assert.Contains(customer.GetProperty("contacts").EnumerateArray(),
            c => c.GetProperty("channel").GetString() == "wechat" && c.GetProperty("address").GetString() == openId);
        Assert.Equal("zh-CN", customer.GetProperty("customer").GetProperty("language").GetString());
        Assert.Equal($"微信用户 {openId[^6..]}", customer.GetProperty("customer").GetProperty("name").GetString());
        var opened = Assert.Single(customer.GetProperty("cases").EnumerateArray());
        Assert.Equal("wechat", opened.GetProperty("channel").GetString());
        Assert.Equal("转账失败了，钱被扣了但对方没收到", opened.GetProperty("subject").GetString());
        var message = Assert.Single(customer.GetProperty("messages").EnumerateArray(), m => m.GetProperty("direction").GetString() == "inbound");
        Assert.Equal(("intake", "wechat", "转账失败了，钱被扣了但对方没收到"),
            (message.GetProperty("kind").GetString(), message.GetProperty("channel").GetString(), message.GetProperty("body").GetString()));
    }

    [Fact]
    public async Task MoreMessages_ContinueTheOpenCase_ImagesAndVoiceIncluded()
    {
        var openId = NewOpenId();
        await PostOkAsync(openId, Text(openId, "积分没有到账", NewMsgId()));
        await PostOkAsync(openId, Text(openId, "订单号 20261203-8841", NewMsgId()));
        await PostOkAsync(openId, Image(openId, "http://mmbiz.qpic.cn/mmbiz_jpg/receipt-8841/0", "media-img-8841", NewMsgId()));
        await PostOkAsync(openId, Voice(openId, "media-voice-8841", "amr", "昨天下午买的咖啡", NewMsgId()));

        var customer = await CustomerAsync(openId);
        var caseId = Assert.Single(customer.GetProperty("cases").EnumerateArray()).GetProperty("id").GetGuid();
        var inbound = customer.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("direction").GetString() == "inbound")
            .OrderBy(m => m.GetProperty("at").GetDateTimeOffset()).ToList();
        Assert.Equal(4, inbound.Count);
        Assert.All(inbound, m => Assert.Equal((caseId, "wechat"), (m.GetProperty("caseId").GetGuid(), m.GetProperty("channel").GetString())));
        Assert.Equal(["intake", "reply", "reply", "reply"], inbound.Select(m => m.GetProperty("kind").GetString()));
        Assert.Equal("订单号 20261203-8841", inbound[1].GetProperty("body").GetString());
        var image = inbound[2].GetProperty("body").GetString()!;
        Assert.Contains("http://mmbiz.qpic.cn/mmbiz_jpg/receipt-8841/0", image);
        Assert.Contains("media-img-8841", image);
        var voice = inbound[3].GetProperty("body").GetString()!;
        Assert.Contains("昨天下午买的咖啡", voice);
        Assert.Contains("media-voice-8841", voice);
    }

    [Fact]
    public async Task TheSameMessage_DeliveredAgainAndSeveralTimesAtOnce_IsRecordedOnce()
    {
        var openId = NewOpenId();
        var msgId = NewMsgId();
        var xml = Text(openId, "重复扣款两次", msgId);
        var answers = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Push.PostAsync(openId, xml)));
        foreach (var answer in answers)
        {
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            Assert.Equal("success", await answer.Content.ReadAsStringAsync());
        }
        await PostOkAsync(openId, xml); // WeChat's retry after its 5 seconds
        Assert.Equal(1, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.CustomerContacts} WHERE address = @a", ("a", openId)));
        Assert.Equal(1, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.WeChatReceipts} WHERE dedupe_key = @k", ("k", $"msg:{msgId}")));
        var customer = await CustomerAsync(openId);
        Assert.Single(customer.GetProperty("cases").EnumerateArray());
        Assert.Single(customer.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString() == "重复扣款两次");

        // Another message with the same words is another message.
        await PostOkAsync(openId, Text(openId, "重复扣款两次", NewMsgId()));
        Assert.Equal(2, (await CustomerAsync(openId)).GetProperty("messages").EnumerateArray().Count(m => m.GetProperty("body").GetString() == "重复扣款两次"));
    }

    [Fact]
    public async Task Subscribe_IsWelcomedInTheCustomersLanguage_ByAPassiveReply_AndOpensNoCase()
    {
        var openId = NewOpenId();
        var followed = Now();
        var first = await Push.PostAsync(openId, Event(openId, "subscribe", null, followed));
        var retry = await Push.PostAsync(openId, Event(openId, "subscribe", null, followed));
        foreach (var answer in new[] { first, retry })
        {
            Assert.Equal("text/xml", answer.Content.Headers.ContentType?.MediaType);
            AssertPassiveText(await answer.Content.ReadAsStringAsync(), openId, WeChatTexts.Welcome("zh-CN"));
        }
        Assert.Equal(1, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.WeChatReceipts} WHERE open_id = @o", ("o", openId)));
        var customer = await CustomerAsync(openId);
        Assert.Empty(customer.GetProperty("cases").EnumerateArray());
        Assert.Empty(customer.GetProperty("messages").EnumerateArray());

        // Unfollowed, the customer's language set to English, followed again: welcomed in English.
        await PostOkAsync(openId, Event(openId, "unsubscribe", null, followed + 60));
        await wechat.ExecuteAsync($"UPDATE {DeskTables.Customers} SET language = 'en' WHERE id = @id", ("id", customer.GetProperty("customer").GetProperty("id").GetGuid()));
        var again = await Push.PostAsync(openId, Event(openId, "subscribe", null, followed + 120));
        AssertPassiveText(await again.Content.ReadAsStringAsync(), openId, WeChatTexts.Welcome("en"));
        Assert.Empty((await CustomerAsync(openId)).GetProperty("cases").EnumerateArray());
    }

    [Fact]
    public async Task MenuClicksAndUnfollowing_AreNotedOnTheOpenCase_AndOpenNothingWithoutOne()
    {
        var openId = NewOpenId();
        await PostOkAsync(openId, Event(openId, "CLICK", "V1001_BILLS", Now()));
        Assert.Empty((await CustomerAsync(openId)).GetProperty("cases").EnumerateArray());

        await PostOkAsync(openId, Text(openId, "信用卡还款失败", NewMsgId()));
        await PostOkAsync(openId, Event(openId, "CLICK", "V1002_CONTACT_AGENT", Now() + 1));
        await PostOkAsync(openId, Event(openId, "unsubscribe", null, Now() + 2));
        var customer = await CustomerAsync(openId);
        Assert.Single(customer.GetProperty("cases").EnumerateArray());
        var events = customer.GetProperty("messages").EnumerateArray().Where(m => m.GetProperty("kind").GetString() == "wechat-event")
            .Select(m => m.GetProperty("body").GetString()!).ToList();
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Contains("V1002_CONTACT_AGENT"));
        Assert.Contains(events, e => e.Contains("取消关注") && e.Contains("unfollowed"));
        Assert.DoesNotContain(events, e => e.Contains("V1001_BILLS"));
    }

    [Fact]
    public async Task ScriptInAMessage_IsStoredAsPlainText_AndServedOnlyAsJson()
    {
        var openId = NewOpenId();
        const string words = "<script>alert('付款')</script><img src=x onerror=alert(1)> &amp; & 😀";
        var answer = await Push.PostAsync(openId, Text(openId, words, NewMsgId()));
        Assert.Equal("success", await answer.Content.ReadAsStringAsync());
        var customer = await CustomerAsync(openId);
        Assert.Single(customer.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString() == words);
        var caseId = Assert.Single(customer.GetProperty("cases").EnumerateArray()).GetProperty("id").GetGuid();
        var page = await (await wechat.AgentAsync()).GetAsync($"/api/cases/{caseId}");
        Assert.Equal("application/json", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains((await JsonAsync(page)).GetProperty("timeline").EnumerateArray(), e => e.GetProperty("text").GetString() == words);
    }

    private async Task PostOkAsync(string openId, string xml)
    {
        var answer = await Push.PostAsync(openId, xml);
        Assert.True(answer.StatusCode == HttpStatusCode.OK, await answer.Content.ReadAsStringAsync());
    }

    private async Task<JsonElement> CustomerAsync(string openId)
    {
        var id = await wechat.CustomerOfAsync(openId);
        Assert.True(id is not null, $"No customer has the OpenID {openId}.");
        return await GetJsonAsync(await wechat.AgentAsync(), $"/api/customers/{id}");
    }

    private async Task AssertNothingWrittenAsync(string openId)
    {
        Assert.Null(await wechat.CustomerOfAsync(openId));
        Assert.Equal(0, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.WeChatReceipts} WHERE open_id = @o", ("o", openId)));
    }

    /// <summary>The passive reply exactly as WeChat documents it, with a CreateTime of now.</summary>
    private static void AssertPassiveText(string xml, string openId, string content)
    {
        var created = Regex.Match(xml, "<CreateTime>([0-9]+)</CreateTime>");
        Assert.True(created.Success, xml);
        Assert.InRange(long.Parse(created.Groups[1].Value), Now() - 60, Now() + 60);
        Assert.Equal($"<xml><ToUserName><![CDATA[{openId}]]></ToUserName><FromUserName><![CDATA[{Account}]]></FromUserName>" +
            $"<CreateTime>{created.Groups[1].Value}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content></xml>", xml);
    }

    /// <summary>A body that does not say how long it is, so the host cannot refuse it by its Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
