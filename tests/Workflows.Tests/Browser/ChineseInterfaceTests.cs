using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using Workflows.Tests.SupportFlow;

namespace Workflows.Tests.Browser;

/// <summary>
/// In Chinese, a user sees no English: every page, as each role, on a host of this test's own whose data is all
/// Chinese, fails on any visible text in Latin letters beyond ids, numbers and product or brand names.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChineseInterfaceTests(BrowserFixture fixture)
{
    [Fact]
    public async Task EveryPage_AsEveryRole_InChinese_ShowsNoEnglish()
    {
        var database = await fixture.CreateDatabaseAsync("zh_interface");
        var pickup = Directory.CreateTempSubdirectory("zh-outbox").FullName;
        await using var host = await HostProcess.StartAsync(database, pickup, "--Support:SurveyDelay=PT1S");
        var cases = await ChineseCases.OpenAsync(host, fixture, database, pickup);
        var found = new List<string>();

        var visitor = await fixture.PageAsync("zh-CN", host);
        await visitor.GotoAsync("/");
        await visitor.WaitForSelectorAsync("form.sign-in");
        await CollectAsync(visitor, "sign-in", found);
        await visitor.GotoAsync(cases.SurveyLink);
        await CollectAsync(visitor, "survey", found);

        var agent = await SignedInAsync(host, "agent1");
        await VisitAsync(agent, "#/inbox", "[data-testid=inbox] tbody tr", found);
        await VisitAsync(agent, $"#/inbox/task/{cases.UnderstandTask}", ".fjs-form", found);
        await agent.ClickAsync("[data-action=complete]"); // nothing filled in: the form's own messages must be Chinese too
        await agent.WaitForSelectorAsync(".fjs-form-field-error");
        await CollectAsync(agent, "task form with errors", found);
        await VisitAsync(agent, "#/cases", "[data-testid=case-search]", found);
        await agent.FillAsync("[data-testid=case-search] input[name=q]", "积分");
        await agent.Keyboard.PressAsync("Enter");
        await agent.WaitForSelectorAsync("[data-testid=case-results] tbody tr");
        await CollectAsync(agent, "case search", found);
        await VisitAsync(agent, "#/cases/new", "[data-testid=new-case]", found);
        await VisitAsync(agent, $"#/cases/{cases.Waiting}", "[data-testid=timeline] li", found);
        await VisitAsync(agent, $"#/cases/customer/{cases.WaitingCustomer}", "[data-testid=customer-cases] tr", found);

        var risk = await SignedInAsync(host, "risk1");
        await VisitAsync(risk, $"#/inbox/task/{cases.RiskTask}", ".fjs-form", found);

        var manager = await SignedInAsync(host, "manager");
        await VisitAsync(manager, "#/manager/stuck", "[data-testid=stuck] tbody tr", found);
        await VisitAsync(manager, "#/manager/numbers", ".chart svg text", found);
        await VisitAsync(manager, "#/manager/floor", "[data-testid=floor] tbody tr[data-agent]", found);
        await VisitAsync(manager, "#/manager/process", ".node-stats", found);
        await VisitAsync(manager, $"#/manager/case/{cases.Waiting}", "[data-panel=journal] tr", found);

        var designer = await SignedInAsync(host, "designer");
        await VisitAsync(designer, "#/designer/support-case/1", "[data-testid=viewer] .djs-element", found);
        await designer.ClickAsync("[data-action=edit-copy]");
        await designer.WaitForSelectorAsync("[data-testid=canvas] .djs-element");
        await designer.ClickAsync("[data-testid=canvas] [data-element-id=understand]");
        await designer.WaitForSelectorAsync(".bio-properties-panel-group");
        await CollectAsync(designer, "modeler with a task selected", found);
        await designer.ClickAsync("[data-action=forms]");
        await designer.WaitForSelectorAsync("dialog[open]");
        await CollectAsync(designer, "forms dialog", found);

        var admin = await SignedInAsync(host, "admin");
        var api = await host.SignInAsync("admin");
        var agent1 = (await ApiScenario.GetJsonAsync(api, "/api/admin/users?q=agent1")).GetProperty("users")[0].GetProperty("id").GetString();
        var l1 = (await ApiScenario.GetJsonAsync(api, "/api/admin/teams")).EnumerateArray().First(t => t.GetProperty("key").GetString() == "agent-l1").GetProperty("id").GetString();
        await VisitAsync(admin, "#/admin/users", "[data-testid=admin-users] tbody tr", found);
        await VisitAsync(admin, "#/admin/users/new", "[data-testid=new-user]", found);
        await VisitAsync(admin, $"#/admin/users/{agent1}", "[data-testid=user-form]", found);
        await VisitAsync(admin, "#/admin/teams", "[data-testid=admin-teams] tbody tr", found);
        await VisitAsync(admin, $"#/admin/teams/{l1}", "[data-testid=team-members] tbody tr", found);
        await VisitAsync(admin, "#/admin/tokens", "[data-testid=new-token]", found);
        await VisitAsync(admin, "#/admin/audit", "[data-testid=admin-audit] tbody tr", found);

        Assert.True(found.Count == 0, "English on Chinese pages:\n" + string.Join("\n", found.Distinct()));
    }

    private async Task<IPage> SignedInAsync(HostProcess host, string userName)
    {
        var page = await fixture.PageAsync("zh-CN", host);
        await BrowserFixture.SignInAsync(page, userName);
        return page;
    }

    private static async Task VisitAsync(IPage page, string hash, string shown, List<string> found)
    {
        await page.GotoAsync("/" + hash);
        await page.WaitForSelectorAsync(shown);
        await CollectAsync(page, hash, found);
    }

    /// <summary>Every visible text, placeholder and tooltip on the page with a Latin word that is not on the allowlist.</summary>
    private static async Task CollectAsync(IPage page, string where, List<string> found)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var texts = await page.EvaluateAsync<string[]>(VisibleTexts);
        foreach (var text in texts)
        {
            var words = LatinWord().Matches(Allowed().Replace(text, " ")).Select(m => m.Value).Where(w => !AllowedWords.Contains(w)).ToList();
            if (words.Count > 0) found.Add($"{where}: \"{text.Trim()}\" ({string.Join(", ", words)})");
        }
    }

    /// <summary>Abbreviations a Chinese support desk writes in Latin letters (SLA, VIP, a CSV file, an IP address, SCIM), and product and brand names.</summary>
    private static readonly HashSet<string> AllowedWords = ["SLA", "BPMN", "DMN", "XML", "CSV", "ID", "FCR", "CSAT", "FEEL", "VIP", "JSON", "API", "URL", "IP", "SCIM", "Workflows", "Camunda"];

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex LatinWord();

    /// <summary>Case numbers (CS-2026-000001), email and web addresses, file types (.bpmn, .dmn), versions (v2) and percentiles (P90), removed before words are counted.</summary>
    [GeneratedRegex(@"\bCS-[\d-]+\b|[\w.+-]+@[\w.-]+|https?://\S+|\.(bpmn|dmn|xml|csv|json)\b|\bv\d+\b|\bP\d+\b")]
    private static partial Regex Allowed();

    private const string VisibleTexts = """
        () => {
          const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
          const skipped = (el) => el.closest('script, style, noscript, [translate=no], .bjs-powered-by, .fjs-powered-by');
          const texts = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (!el || skipped(el) || !shown(el) || !/[A-Za-z]/.test(node.textContent)) continue;
            texts.push(node.textContent);
          }
          for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
            if (skipped(el) || !shown(el)) continue;
            for (const name of ['placeholder', 'title', 'aria-label'])
              if (/[A-Za-z]/.test(el.getAttribute(name) ?? '')) texts.push(el.getAttribute(name));
          }
          return texts;
        }
        """;
}
