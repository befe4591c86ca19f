using Microsoft.AspNetCore.Http;
using Workflows.Desk.Surveys;
using Workflows.Tests.Support;

namespace Workflows.Tests.Desk.Surveys;

[Collection(HostCollection.Name)]
public sealed class SurveyTokensTests(HostFixture host)
{
    private SurveyTokens Tokens => (SurveyTokens)host.Factory.Services.GetService(typeof(SurveyTokens))!;

    [Fact]
    public void Token_RoundTrips_AndAnyChangedCharacterIsRefused()
    {
        var id = Guid.CreateVersion7();
        var expires = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddDays(7).ToUnixTimeSeconds());
        var token = Tokens.Create(id, expires);

        Assert.Equal((id, expires), Tokens.Read(token));
        for (var i = 0; i < token.Length; i += 7)
        {
            var tampered = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            if (tampered != token) Assert.Null(Tokens.Read(tampered));
        }
        Assert.Null(Tokens.Read("not-a-token"));
        Assert.Null(Tokens.Read(token.Split('.')[0] + "."));
    }

    [Fact]
    public async Task SurveyPage_GivesAClearPage_ForTamperedAndUnknownLinks_NeverAStackTrace()
    {
        var client = host.Factory.CreateClient();
        var forged = Tokens.Create(Guid.CreateVersion7(), DateTimeOffset.UtcNow.AddDays(1));

        foreach (var link in new[] { "/survey/garbage", "/survey/" + forged, "/survey/" + forged[..^2] + "xx" })
        {
            var response = await client.GetAsync(link);
            var page = await response.Content.ReadAsStringAsync();
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("This link is not valid", page);
            Assert.DoesNotContain("Exception", page);
        }
        var post = await client.PostAsync("/survey/garbage", new FormUrlEncodedContent(new Dictionary<string, string> { ["score"] = "5" }));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, post.StatusCode);
    }

    [Fact]
    public async Task SurveyPage_IsRateLimitedPerAddress_WithAReadablePage()
    {
        // Addresses of their own, so the limit spent here is not the one other tests' survey calls share.
        async Task<HttpContext> FromAsync(string address) => await host.Factory.Server.SendAsync(c =>
        {
            (c.Request.Method, c.Request.Path) = ("GET", "/survey/garbage");
            c.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        });

        for (var i = 0; i < 30; i++) Assert.Equal(StatusCodes.Status400BadRequest, (await FromAsync("10.77.0.1")).Response.StatusCode);
        var refused = await FromAsync("10.77.0.1");

        Assert.Equal(StatusCodes.Status429TooManyRequests, refused.Response.StatusCode);
        Assert.Equal("60", refused.Response.Headers.RetryAfter.ToString());
        var page = await new StreamReader(refused.Response.Body).ReadToEndAsync();
        Assert.Contains("请一分钟后再试", page);
        Assert.Contains("Please wait a minute", page);
        Assert.Equal(StatusCodes.Status400BadRequest, (await FromAsync("10.77.0.2")).Response.StatusCode);
    }
}
