using System.Net;
using System.Net.Http.Json;
using System.Text;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Host;

/// <summary>
/// Every problem document carries a stable code and its parameters, so the web app can say it in the user's
/// language: the same mistake always the same code, and the framework's own errors coded by their status.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class ProblemCodeTests(HostFixture host)
{
    private static async Task<(string Code, System.Text.Json.JsonElement Params)> CodeAsync(HttpResponseMessage response)
    {
        var problem = await JsonAsync(response);
        return (problem.GetProperty("code").GetString()!, problem.GetProperty("params"));
    }

    [Fact]
    public async Task IntakeMistakes_HaveTheirOwnCodes_WithTheValuesToTranslateThem()
    {
        var agent = await host.SignInAsync("agent1");
        var customer = new { phone = "13800000000" };

        var noChannel = await CodeAsync(await agent.PostAsJsonAsync("/api/cases", new { customer, subject = "x", description = "y" }));
        var pigeon = await CodeAsync(await agent.PostAsJsonAsync("/api/cases", new { channel = "pigeon", customer, subject = "x", description = "y" }));
        var pigeonAgain = await CodeAsync(await agent.PostAsJsonAsync("/api/cases", new { channel = "pigeon", customer = new { email = "a@b.cn" }, subject = "z", description = "w" }));
        var noCustomer = await CodeAsync(await agent.PostAsJsonAsync("/api/cases", new { channel = "phone", subject = "x", description = "y" }));
        var longSubject = await CodeAsync(await agent.PostAsJsonAsync("/api/cases", new { channel = "phone", customer, subject = new string('x', 201), description = "y" }));

        Assert.Equal("case.channel.required", noChannel.Code);
        Assert.Equal("phone, chat, email, wechat", noChannel.Params.GetProperty("channels").GetString());
        Assert.Equal(("case.channel.unknown", "pigeon"), (pigeon.Code, pigeon.Params.GetProperty("channel").GetString()));
        Assert.Equal(pigeon.Code, pigeonAgain.Code);
        Assert.Equal("case.customer.required", noCustomer.Code);
        Assert.Equal(("case.subject.too-long", 201, 200),
            (longSubject.Code, longSubject.Params.GetProperty("length").GetInt32(), longSubject.Params.GetProperty("max").GetInt32()));
    }

    [Fact]
    public async Task TheFrameworksOwnErrors_AreCodedByStatus()
    {
        var anonymous = host.Factory.CreateClient();
        var agent = await host.SignInAsync("agent1");

        Assert.Equal("sign-in.required", (await CodeAsync(await anonymous.GetAsync("/api/tasks"))).Code);
        Assert.Equal("forbidden", (await CodeAsync(await agent.GetAsync("/api/manager/stuck"))).Code);
        Assert.Equal("not-found", (await CodeAsync(await agent.GetAsync($"/api/cases/{Guid.NewGuid()}"))).Code);
        Assert.Equal("request.invalid", (await CodeAsync(await agent.PostAsync("/api/cases", new StringContent("{not json", Encoding.UTF8, "application/json")))).Code);
        var generic = await agent.GetAsync("/api/cases?pageSize=0");
        Assert.Equal(HttpStatusCode.BadRequest, generic.StatusCode);
        Assert.Equal("pageSize.invalid", (await CodeAsync(generic)).Code);
    }
}
