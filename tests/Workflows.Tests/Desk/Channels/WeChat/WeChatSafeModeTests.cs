using System.Net;
using System.Text.RegularExpressions;
using Workflows.Desk.Channels.WeChat;
using Workflows.Desk.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.WeChatDesk;
using static Workflows.Tests.Support.WeChatPush;

namespace Workflows.Tests.Desk.Channels.WeChat;

/// <summary>
/// Safe mode (安全模式): messages arrive AES-encrypted under msg_signature and passive replies go back the same way;
/// plain or tampered messages are refused with nothing written. Cite: issue 20, part 1.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class WeChatSafeModeTests(SafeModeWeChatDesk wechat) : IClassFixture<SafeModeWeChatDesk>
{
    [Fact]
    public async Task EncryptedFollow_IsWelcomedByAnEncryptedSignedReply()
    {
        var openId = NewOpenId();
        var answer = await wechat.Push.PostAsync(openId, Event(openId, "subscribe", "qrscene_2026", Now()));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        var envelope = await answer.Content.ReadAsStringAsync();
        Assert.DoesNotContain("欢迎", envelope);

        var (xml, appId) = wechat.Push.OpenReply(envelope);
        Assert.Equal(FakeWeChatApi.AppId, appId);
        var created = Regex.Match(xml, "<CreateTime>([0-9]+)</CreateTime>").Groups[1].Value;
        Assert.Equal($"<xml><ToUserName><![CDATA[{openId}]]></ToUserName><FromUserName><![CDATA[{Account}]]></FromUserName><CreateTime>{created}</CreateTime>" +
            $"<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{WeChatTexts.Welcome("zh-CN")}]]></Content></xml>", xml);
    }

    [Fact]
    public async Task EncryptedText_OpensACase_WithTheWordsExactly()
    {
        var openId = NewOpenId();
        const string words = "扣款 ¥99 & 退款 <未到账> 😀";
        var answer = await wechat.Push.PostAsync(openId, Text(openId, words, NewMsgId()));
        Assert.Equal("success", await answer.Content.ReadAsStringAsync());
        var customer = await GetJsonAsync(await wechat.AgentAsync(), $"/api/customers/{await wechat.CustomerOfAsync(openId)}");
        Assert.Equal("wechat", Assert.Single(customer.GetProperty("cases").EnumerateArray()).GetProperty("channel").GetString());
        Assert.Contains(customer.GetProperty("messages").EnumerateArray(), m => m.GetProperty("body").GetString() == words);
    }

    [Fact]
    public async Task PlainForgedOrForeignMessages_AreRefused_AndWriteNothing()
    {
        var openId = NewOpenId();
        var xml = Text(openId, "请帮我冻结账户", NewMsgId());
        // Plain mode's signature does not cover the body: an account in safe mode takes none.
        Assert.Equal(HttpStatusCode.Forbidden, (await wechat.Push.PostAsync(openId, xml, plain: true)).StatusCode);
        var forged = await wechat.Push.PostAsync(openId, xml, msgSignature: Sign(Token, "1409304348", "372623149", "another-ciphertext"));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("msg_signature", (await JsonAsync(forged)).GetProperty("field").GetString());
        // Encrypted with the right key for another account: its AppId gives it away.
        var foreign = new WeChatPush(wechat.Push.Client, Token, EncodingAesKey, "wx0000000000000000");
        var refused = await foreign.PostAsync(openId, xml);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("Encrypt", (await JsonAsync(refused)).GetProperty("field").GetString());

        Assert.Null(await wechat.CustomerOfAsync(openId));
        Assert.Equal(0, await wechat.CountAsync($"SELECT count(*) FROM {DeskTables.WeChatReceipts} WHERE open_id = @o", ("o", openId)));
    }

    [Fact]
    public async Task Verify_StillEchoesInTheClear()
    {
        const string timestamp = "1409304348", nonce = "372623149";
        var good = await wechat.Push.Client.GetAsync($"/channels/wechat?signature={Sign(Token, timestamp, nonce)}&timestamp={timestamp}&nonce={nonce}&echostr=e2026");
        Assert.Equal("e2026", await good.Content.ReadAsStringAsync());
    }
}
