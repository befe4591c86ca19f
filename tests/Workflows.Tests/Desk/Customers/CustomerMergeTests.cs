using System.Net;
using System.Net.Http.Json;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Customers;

/// <summary>
/// One customer, every channel: the same person known twice (by phone and on WeChat) is matched on each channel, and a
/// manager merges the two records into one history, with an audit entry; agents may not.
/// Cite: issue 20, part 5.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class CustomerMergeTests(PlainDesk desk) : IClassFixture<PlainDesk>
{
    [Fact]
    public async Task AManagerMerges_TheSamePersonKnownTwice_IntoOneHistory()
    {
        var (agent, manager) = (await desk.AsAsync("agent1"), await desk.AsAsync("manager"));
        var (phone, openId) = ($"+86 139 {Random.Shared.Next(1000, 9999)} {Random.Shared.Next(1000, 9999)}", $"o{Guid.NewGuid():N}"[..28]);
        var byPhone = await OpenAsync(agent, new { phone, name = "吴倩", language = "zh-CN", segment = "vip" }, "phone", "信用卡还款失败");
        var byWeChat = await OpenAsync(agent, new { weChat = openId, name = "微信用户 吴", language = "zh-CN" }, "wechat", "还款失败怎么办");
        Assert.NotEqual(byPhone.Customer, byWeChat.Customer);
        // Matched on each channel: a second contact by phone finds the phone customer again.
        Assert.Equal(byPhone.Customer, (await OpenAsync(agent, new { phone }, "phone", "再次来电")).Customer);

        var forbidden = await agent.PostAsJsonAsync($"/api/customers/{byPhone.Customer}/merge", new { from = byWeChat.Customer });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        var merged = await manager.PostAsJsonAsync($"/api/customers/{byPhone.Customer}/merge", new { from = byWeChat.Customer });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        var result = await JsonAsync(merged);
        Assert.Equal((1, 1), (result.GetProperty("cases").GetInt32(), result.GetProperty("contacts").GetInt32()));

        var profile = await GetJsonAsync(manager, $"/api/customers/{byPhone.Customer}");
        Assert.Equal("vip", profile.GetProperty("customer").GetProperty("segment").GetString());
        Assert.Equal(new[] { ("phone", phone), ("wechat", openId) }.OrderBy(c => c.Item1),
            profile.GetProperty("contacts").EnumerateArray().Select(c => (c.GetProperty("channel").GetString()!, c.GetProperty("address").GetString()!)).OrderBy(c => c.Item1));
        var cases = profile.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(byWeChat.Case, cases);
        Assert.Equal(3, cases.Count);
        Assert.Contains(profile.GetProperty("messages").EnumerateArray(), m => m.GetProperty("caseId").GetGuid() == byWeChat.Case && m.GetProperty("channel").GetString() == "wechat");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/customers/{byWeChat.Customer}")).StatusCode);
        // The case moved with its customer, and the next WeChat contact finds the merged customer.
        Assert.Equal(byPhone.Customer, (await GetJsonAsync(agent, $"/api/cases/{byWeChat.Case}")).GetProperty("customer").GetProperty("id").GetGuid());
        Assert.Equal(byPhone.Customer, (await OpenAsync(agent, new { weChat = openId }, "wechat", "还是还款问题")).Customer);

        Assert.Equal(1L, await desk.CountAsync(
            $"SELECT count(*) FROM {ServerTables.Audit} WHERE action = 'customer.merge' AND target_id = @kept AND actor = 'manager' AND before::text LIKE '%' || @openId || '%'",
            ("kept", byPhone.Customer.ToString()), ("openId", openId)));
        Assert.Equal(0L, await desk.CountAsync($"SELECT count(*) FROM {DeskTables.CaseMessages} WHERE customer_id = @gone", ("gone", byWeChat.Customer)));
    }

    [Fact]
    public async Task BadMerges_AreRefused_AndChangeNothing()
    {
        var manager = await desk.AsAsync("manager");
        var one = await OpenAsync(manager, new { email = $"{Guid.NewGuid():N}@example.com", name = "Li Na", language = "en" }, "email", "Refund");
        var missing = Guid.NewGuid();

        var self = await manager.PostAsJsonAsync($"/api/customers/{one.Customer}/merge", new { from = one.Customer });
        Assert.Equal((HttpStatusCode.BadRequest, "customer.merge.same"), (self.StatusCode, (await JsonAsync(self)).GetProperty("code").GetString()));
        var noFrom = await manager.PostAsJsonAsync($"/api/customers/{one.Customer}/merge", new { });
        Assert.Equal((HttpStatusCode.BadRequest, "from"), (noFrom.StatusCode, (await JsonAsync(noFrom)).GetProperty("field").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/customers/{one.Customer}/merge", new { from = missing })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PostAsJsonAsync($"/api/customers/{missing}/merge", new { from = one.Customer })).StatusCode);

        var profile = await GetJsonAsync(manager, $"/api/customers/{one.Customer}");
        Assert.Single(profile.GetProperty("cases").EnumerateArray());
        Assert.Equal(0L, await desk.CountAsync($"SELECT count(*) FROM {ServerTables.Audit} WHERE action = 'customer.merge' AND target_id = @id",
            ("id", one.Customer.ToString())));
    }

    private static async Task<(Guid Customer, Guid Case)> OpenAsync(HttpClient client, object customer, string channel, string subject)
    {
        var opened = await client.PostAsJsonAsync("/api/cases", new { channel, customer, subject, description = subject + "，请帮忙处理" });
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync());
        var details = await JsonAsync(opened);
        return (details.GetProperty("customer").GetProperty("id").GetGuid(), details.GetProperty("case").GetProperty("id").GetGuid());
    }
}
