using System.Net;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.SupportFlow.SupportScenario;

namespace Workflows.Tests.Desk.Cases;

/// <summary>
/// Finding a case again, as an agent does when the customer calls back: by number, by the customer's name, phone or
/// email, by words of what they wrote (English word forms, Chinese without spaces), narrowed by filters.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class CaseSearchTests(HostFixture host)
{
    /// <summary>Letters no other test writes, so each search has exactly the answers this test made.</summary>
    private static string Marker() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26)));

    private static string ChineseMarker() => string.Concat(Enumerable.Range(0, 4).Select(_ => (char)Random.Shared.Next(0x4e00, 0x9fa5)));

    private static async Task<List<string>> NumbersAsync(HttpClient agent, string query)
    {
        var page = await GetJsonAsync(agent, "/api/cases?" + query);
        return page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();
    }

    [Fact]
    public async Task Search_FindsACase_ByNumber_Customer_AndTheWordsOfItsText()
    {
        var agent = await host.SignInAsync("agent1");
        var (marker, chinese) = (Marker(), ChineseMarker());
        var name = "顾" + ChineseMarker()[..2];
        var email = $"{marker}@example.cn";
        var opened = await OpenAsync(agent, new
        {
            channel = "email", customer = new { name, email = email.ToUpperInvariant(), phone = "137" + Random.Shared.NextInt64(10_000_000, 99_999_999) },
            subject = $"Refund declined {marker}", description = $"退款申请被拒绝了{chinese}，请帮忙查一下",
        });
        var number = opened.GetProperty("case").GetProperty("number").GetString()!;
        var phone = await CustomerPhoneAsync(agent, opened.GetProperty("case").GetProperty("customerId").GetGuid());
        var other = await OpenAsync(agent, new
        {
            channel = "phone", customer = new { name = "Li Lei", phone = "136" + Random.Shared.NextInt64(10_000_000, 99_999_999) },
            subject = $"Card payment failed {marker}", description = "The card payment failed at checkout",
        });
        var otherNumber = other.GetProperty("case").GetProperty("number").GetString()!;

        Assert.Equal([number], await NumbersAsync(agent, $"q={Uri.EscapeDataString(number)}"));
        Assert.Equal([number], await NumbersAsync(agent, $"q={Uri.EscapeDataString(name)}"));
        Assert.Equal([number], await NumbersAsync(agent, $"q={Uri.EscapeDataString(email)}"));
        Assert.Equal([number], await NumbersAsync(agent, $"q={phone}"));
        // English word forms: "declining" and "decline" find "declined"; every word must match.
        Assert.Equal([number], await NumbersAsync(agent, $"q={marker}+decline"));
        Assert.Equal([number], await NumbersAsync(agent, $"q={marker}+declining"));
        // Chinese without spaces: two characters from the middle of a run find it.
        Assert.Equal([number], await NumbersAsync(agent, $"q={Uri.EscapeDataString(chinese[1..3])}"));
        Assert.Equal([number], await NumbersAsync(agent, $"q={Uri.EscapeDataString(chinese + " 拒绝")}"));
        // Both cases carry the marker, newest first; filters narrow them.
        Assert.Equal([otherNumber, number], await NumbersAsync(agent, $"q={marker}"));
        Assert.Equal([otherNumber], await NumbersAsync(agent, $"q={marker}&channel=phone"));
        Assert.Equal([otherNumber, number], await NumbersAsync(agent, $"q={marker}&from={DateTime.UtcNow.AddDays(-1):yyyy-MM-dd}&to={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}"));
        Assert.Empty(await NumbersAsync(agent, $"q={marker}&to={DateTime.UtcNow.AddDays(-2):yyyy-MM-dd}"));
        Assert.Empty(await NumbersAsync(agent, $"q={marker}&status=closed"));
        // A page that shows every match counts them; a page with more behind it says so.
        var all = await GetJsonAsync(agent, $"/api/cases?q={marker}&pageSize=2");
        Assert.Equal((2, false, 2), (all.GetProperty("total").GetInt32(), all.GetProperty("more").GetBoolean(), all.GetProperty("items").GetArrayLength()));
        var first = await GetJsonAsync(agent, $"/api/cases?q={marker}&pageSize=1");
        Assert.Equal((1, true, 1), (first.GetProperty("total").GetInt32(), first.GetProperty("more").GetBoolean(), first.GetProperty("items").GetArrayLength()));
        var second = await GetJsonAsync(agent, $"/api/cases?q={marker}&pageSize=1&page=2");
        Assert.Equal([number], second.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("number").GetString()));
    }

    [Theory]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("to=yesterday", "to")]
    [InlineData("from=2026-11-02&to=2026-11-01", "from")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Search_RefusesABadFilter_NamingIt(string query, string field)
    {
        var agent = await host.SignInAsync("agent1");

        var response = await agent.GetAsync("/api/cases?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, (await JsonAsync(response)).GetProperty("field").GetString());
    }

    private static async Task<string> CustomerPhoneAsync(HttpClient agent, Guid customerId) =>
        (await GetJsonAsync(agent, $"/api/customers/{customerId}")).GetProperty("contacts").EnumerateArray()
            .First(c => c.GetProperty("channel").GetString() == "phone").GetProperty("address").GetString()!;
}
