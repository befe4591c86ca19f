using System.Xml.Linq;
using Workflows.Desk.Channels.WeChat;

namespace Workflows.Tests.Desk.Channels.WeChat;

public sealed class WeChatPassiveReplyTests
{
    [Fact]
    public void Text_IsTheDocumentedXml()
    {
        Assert.Equal("<xml><ToUserName><![CDATA[oUser]]></ToUserName><FromUserName><![CDATA[gh_account]]></FromUserName><CreateTime>1348831860</CreateTime>" +
            "<MsgType><![CDATA[text]]></MsgType><Content><![CDATA[你好]]></Content></xml>", WeChatPassiveReply.Text("oUser", "gh_account", 1348831860, "你好"));
    }

    [Theory]
    [InlineData("退款 & 到账 < 3 天 > 1 天 😀👍🏽")]
    [InlineData("a ]]> b ]]]]> c")]
    [InlineData("<script>alert(1)</script> &amp; \"'")]
    public void Text_CarriesTheContentExactly(string content)
    {
        var xml = WeChatPassiveReply.Text("oUser", "gh_account", 1, content);
        Assert.Equal(content, XElement.Parse(xml).Element("Content")!.Value);
        Assert.Equal(content, WeChatXml.Read(xml).Fields!["Content"]);
    }

    [Fact]
    public void Text_DropsWhatXmlCannotCarry_KeepingTheRest()
    {
        var xml = WeChatPassiveReply.Text("oUser", "gh_account", 1, "a\u0001b\u0000c\td");
        Assert.Equal("abc\td", XElement.Parse(xml).Element("Content")!.Value);
    }
}
