using System.Net.Http.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Browser;

/// <summary>
/// The knowledge base in Chromium, in Chinese: a manager writes an article in the editor and sends it for review, an
/// admin publishes it, and an agent finds it with a question worded differently from anything in the article.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class KnowledgePagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task AChineseArticle_WrittenInTheEditor_IsFoundByAChineseQuestionOfOtherWording()
    {
        var slug = $"card-refund-{Guid.NewGuid().ToString("N")[..6]}";
        var manager = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(manager, "manager");
        await manager.GotoAsync("/#/kb/articles/new");
        var form = manager.GetByTestId("kb-form");
        await form.GetByTestId("kb-slug").FillAsync(slug);
        await form.GetByTestId("kb-language").SelectOptionAsync("zh-CN");
        await form.GetByTestId("kb-title").FillAsync("退款退回银行卡的到账时间");
        await form.GetByTestId("kb-summary").FillAsync("退款原路退回，银行卡一般三到五个工作日到账，节假日顺延。");
        await form.GetByTestId("kb-body").FillAsync("申请退款后，款项会原路退回到您付款时使用的银行卡。银行处理需要三到五个工作日，信用卡以账单日为准。");
        await form.GetByTestId("kb-category").SelectOptionAsync("refund-dispute");
        await form.GetByTestId("kb-tags").FillAsync("退款, 到账时间");
        await form.GetByTestId("kb-save-draft").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("kb-state")).ToHaveAttributeAsync("data-status", "draft");
        await manager.GetByTestId("kb-submit").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("kb-state")).ToHaveAttributeAsync("data-status", "review");

        // The author cannot publish; an admin can. Until then agents do not find it.
        var agent = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(agent, "agent1");
        await agent.GotoAsync("/#/kb");
        var search = agent.GetByTestId("kb-search");
        await search.FillAsync("银行卡退款几天能到账");
        await search.PressAsync("Enter");
        await Assertions.Expect(agent.GetByTestId("kb-search-status")).Not.ToBeEmptyAsync();
        await Assertions.Expect(agent.Locator($"[data-testid=kb-results] li[data-slug='{slug}']")).ToHaveCountAsync(0);
        await manager.GetByTestId("kb-publish").ClickAsync();
        await Assertions.Expect(manager.GetByTestId("kb-status")).Not.ToBeEmptyAsync();
        Assert.Equal("review", (await GetJsonAsync(await fixture.Host.SignInAsync("manager"), $"/api/kb/articles/{slug}/zh-CN")).GetProperty("open").GetProperty("status").GetString());
        var admin = await fixture.Host.SignInAsync("admin");
        (await admin.PostAsync($"/api/kb/articles/{slug}/zh-CN/versions/1/publish", null)).EnsureSuccessStatusCode();

        // The question shares words with the article (银行卡, 退款, 到账), not a sentence.
        await search.FillAsync("银行卡退款几天能到账");
        await search.PressAsync("Enter");
        var found = agent.Locator($"[data-testid=kb-results] li[data-slug='{slug}']");
        await Assertions.Expect(found).ToHaveCountAsync(1);
        await Assertions.Expect(found).ToContainTextAsync("退款退回银行卡的到账时间");
        await search.FillAsync("怎么修改登录密码");
        await search.PressAsync("Enter");
        await Assertions.Expect(found).ToHaveCountAsync(0);
    }
}
