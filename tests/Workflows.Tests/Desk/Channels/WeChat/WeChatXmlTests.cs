using Workflows.Desk.Channels.WeChat;

namespace Workflows.Tests.Desk.Channels.WeChat;

public sealed class WeChatXmlTests
{
    [Fact]
    public void Read_GivesEachFieldsText_CdataOrNot()
    {
        var (fields, error) = WeChatXml.Read("""
            <xml><ToUserName><![CDATA[gh_1]]></ToUserName><CreateTime>1348831860</CreateTime>
            <Content><![CDATA[a & <b> ]]]]><![CDATA[> 😀]]></Content><ScanCodeInfo><ScanType>qrcode</ScanType></ScanCodeInfo></xml>
            """);
        Assert.Null(error);
        Assert.Equal("gh_1", fields!["ToUserName"]);
        Assert.Equal("1348831860", fields["CreateTime"]);
        Assert.Equal("a & <b> ]]> 😀", fields["Content"]);
        Assert.False(fields.ContainsKey("ScanCodeInfo")); // nested: not a field of ours
    }

    [Theory]
    [InlineData("<!DOCTYPE xml><xml/>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><xml><Content>&b;</Content></xml>")]
    [InlineData("<!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><xml><Content>&x;</Content></xml>")]
    [InlineData("<xml><Content>&undeclared;</Content></xml>")]
    [InlineData("<xml><Content>open")]
    [InlineData("<xml/><xml/>")]
    [InlineData("<message><Content>x</Content></message>")]
    [InlineData("")]
    public void Read_RefusesDtdsEntitiesAndAnythingButOneXmlElement(string text)
    {
        var (fields, error) = WeChatXml.Read(text);
        Assert.Null(fields);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Read_RefusesMoreThanTheSizeLimit()
    {
        var (fields, _) = WeChatXml.Read($"<xml><Content>{new string('a', WeChatOptions.MaxBodyBytes)}</Content></xml>");
        Assert.Null(fields);
    }
}
