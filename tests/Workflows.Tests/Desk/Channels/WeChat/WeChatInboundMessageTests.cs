using Workflows.Desk.Channels.WeChat;

namespace Workflows.Tests.Desk.Channels.WeChat;

public sealed class WeChatInboundMessageTests
{
    private static Dictionary<string, string> Fields(params (string Name, string Value)[] extra) =>
        new[] { ("ToUserName", "gh_1"), ("FromUserName", "oUser"), ("CreateTime", "1348831860") }.Concat(extra).ToDictionary(f => f.Item1, f => f.Item2);

    [Fact]
    public void DedupeKey_IsTheMsgId_OrForAnEventItsSenderTimeAndKind()
    {
        var text = WeChatInboundMessage.From(Fields(("MsgType", "text"), ("Content", "hi"), ("MsgId", "1234567890123456"))).Message!;
        Assert.Equal("msg:1234567890123456", text.DedupeKey);
        var click = WeChatInboundMessage.From(Fields(("MsgType", "event"), ("Event", "CLICK"), ("EventKey", "V1001"))).Message!;
        Assert.Equal("event:oUser:1348831860:CLICK:V1001", click.DedupeKey);
        var other = WeChatInboundMessage.From(Fields(("MsgType", "event"), ("Event", "CLICK"), ("EventKey", "V1002"))).Message!;
        Assert.NotEqual(click.DedupeKey, other.DedupeKey);
        Assert.True(click.IsEvent("click"));
        Assert.False(click.IsContent);
    }

    [Theory]
    [InlineData("FromUserName", null, "FromUserName")]
    [InlineData("CreateTime", "yesterday", "CreateTime")]
    [InlineData("CreateTime", "-5", "CreateTime")]
    [InlineData("MsgId", "12ab", "MsgId")]
    [InlineData("MsgType", "", "MsgType")]
    public void From_NamesTheFieldThatIsMissingOrWrong(string name, string? value, string field)
    {
        var fields = Fields(("MsgType", "text"), ("MsgId", "1"));
        if (value is null) fields.Remove(name); else fields[name] = value;
        var (message, mistake) = WeChatInboundMessage.From(fields);
        Assert.Null(message);
        Assert.Equal(field, mistake!.Field);
    }

    [Fact]
    public void Describe_KeepsTheCustomersWordsExactly_AndSaysWhatOtherMessagesAre()
    {
        var text = WeChatInboundMessage.From(Fields(("MsgType", "text"), ("Content", "两个  空格\n第二行"))).Message!;
        Assert.Equal("两个  空格\n第二行", WeChatTexts.Describe(text));
        var image = WeChatInboundMessage.From(Fields(("MsgType", "image"), ("PicUrl", "http://mmbiz.qpic.cn/1"), ("MediaId", "m1"))).Message!;
        Assert.Equal("[图片 / image] http://mmbiz.qpic.cn/1 (MediaId: m1)", WeChatTexts.Describe(image));
        var voice = WeChatInboundMessage.From(Fields(("MsgType", "voice"), ("MediaId", "m2"), ("Format", "amr"))).Message!;
        Assert.Equal("[语音 / voice] (MediaId: m2, amr)", WeChatTexts.Describe(voice));
        Assert.Null(WeChatTexts.Describe(WeChatInboundMessage.From(Fields(("MsgType", "text"), ("Content", "  "))).Message!));
        // A subject is cut short, never through the middle of an emoji.
        Assert.Equal("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八…", WeChatTexts.Subject("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八😀尾巴"));
        Assert.Equal("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九…", WeChatTexts.Subject("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十尾巴"));
    }
}
