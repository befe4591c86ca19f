using Workflows.Desk.Channels.WeChat;
using Workflows.Tests.Support;

namespace Workflows.Tests.Desk.Channels.WeChat;

public sealed class WeChatOptionsValidationTests
{
    private static IEnumerable<string> Failures(WeChatOptions options) => new WeChatOptionsValidation().Validate(null, options).Failures ?? [];

    [Fact]
    public void NoConfiguration_IsValid_AndMeansNoChannel()
    {
        var none = new WeChatOptions();
        Assert.Empty(Failures(none));
        Assert.Equal((false, false, "https://api.weixin.qq.com"), (none.Receives, none.Sends, none.ApiBase));
    }

    [Theory]
    [InlineData("ApiBase", "https://api.weixin.qq.com/", "Channels:WeChat:ApiBase")]
    [InlineData("ApiBase", "api.weixin.qq.com", "Channels:WeChat:ApiBase")]
    [InlineData("Token", "to", "Channels:WeChat:Token")]
    [InlineData("Token", "has space", "Channels:WeChat:Token")]
    [InlineData("AppSecret", "", "Channels:WeChat:AppSecret")]
    [InlineData("EncodingAesKey", "short", "Channels:WeChat:EncodingAesKey")]
    public void AMistake_IsNamedByItsKey(string property, string value, string key)
    {
        var options = new WeChatOptions { Token = "token2026", AppId = "wx1", AppSecret = "secret" };
        typeof(WeChatOptions).GetProperty(property)!.SetValue(options, value);
        Assert.Contains(Failures(options), f => f.StartsWith(key + " "));
    }

    [Fact]
    public void SafeMode_NeedsTheAppId_ItsMessagesName()
    {
        Assert.Contains(Failures(new WeChatOptions { Token = "token2026", EncodingAesKey = WeChatDesk.EncodingAesKey }), f => f.StartsWith("Channels:WeChat:AppId "));
    }

    [Fact]
    public void TheCallback_AnswersBeforeWeChatGivesUp_WithAtLeastOneWorker()
    {
        var options = new WeChatOptions { Token = "token2026", AnswerWithin = TimeSpan.FromSeconds(5), Workers = 0 };
        Assert.Contains(Failures(options), f => f.StartsWith("Channels:WeChat:AnswerWithin "));
        Assert.Contains(Failures(options), f => f.StartsWith("Channels:WeChat:Workers "));
        Assert.Empty(Failures(new WeChatOptions { Token = "token2026" }));
    }
}
