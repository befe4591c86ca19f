using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Browser;

/// <summary>
/// The floor and SLA screens in Chromium: an admin edits an SLA policy and a team's shifts and routing in the forms,
/// with refused values shown under their fields and nothing saved; an agent who goes online is offered a routed
/// team's task without reloading and accepts it. Every test works on a team of its own and leaves shared settings
/// as it found them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class FloorPagesTests(BrowserFixture fixture)
{
    private const string Policies = "/api/admin/sla/policies";

    [Fact]
    public async Task Admin_AddsAnSlaPolicy_IsRefusedAResolutionShorterThanFirstResponse_EditsIt_AndDeletesIt()
    {
        var api = await fixture.Host.SignInAsync("admin");
        const string key = "urgent/partner/wechat";
        Assert.Null(await PolicyAsync(api, key));
        try
        {
            var page = await fixture.PageAsync();
            await BrowserFixture.SignInAsync(page, "admin");
            await page.GotoAsync("/#/admin/sla");
            var table = page.GetByTestId("sla-policies");
            await Assertions.Expect(table.Locator("tr[data-policy='urgent/*/*']")).ToHaveCountAsync(1);
            var form = page.GetByTestId("sla-form");
            var resolutionProblem = form.Locator("[data-problem-for=resolutionMinutes]");

            // A new policy whose resolution comes before its first response is refused under the resolution field.
            await page.GetByTestId("policy-add").ClickAsync();
            await Assertions.Expect(form).ToBeVisibleAsync();
            await page.GetByTestId("sla-priority").SelectOptionAsync("urgent");
            await page.GetByTestId("sla-segment").SelectOptionAsync("partner");
            await page.GetByTestId("sla-channel").SelectOptionAsync("wechat");
            await page.GetByTestId("sla-first").FillAsync("5");
            await page.GetByTestId("sla-resolution").FillAsync("3");
            await page.GetByTestId("sla-save").ClickAsync();
            await Assertions.Expect(resolutionProblem).ToHaveTextAsync("The resolution target cannot be shorter than the first-response target.");
            await Assertions.Expect(form).ToBeVisibleAsync();
            Assert.Null(await PolicyAsync(api, key));
            await Assertions.Expect(table.Locator($"tr[data-policy='{key}']")).ToHaveCountAsync(0);

            // Corrected to 5 / 60 minutes, it is added: the row and the API say so, and the form closes.
            await page.GetByTestId("sla-resolution").FillAsync("60");
            await page.GetByTestId("sla-save").ClickAsync();
            var row = table.Locator($"tr[data-policy='{key}']");
            await Assertions.Expect(row).ToHaveCountAsync(1);
            await Assertions.Expect(form).ToBeHiddenAsync();
            await Assertions.Expect(page.GetByTestId("sla-status")).Not.ToBeEmptyAsync();
            await Assertions.Expect(row.Locator("td[data-col=first]")).ToHaveAttributeAsync("data-minutes", "5");
            await Assertions.Expect(row.Locator("td[data-col=resolution]")).ToHaveAttributeAsync("data-minutes", "60");
            var added = (await PolicyAsync(api, key))!.Value;
            Assert.Equal((5, 60), (added.GetProperty("firstResponseMinutes").GetInt32(), added.GetProperty("resolutionMinutes").GetInt32()));
            var id = added.GetProperty("id").GetString()!;
            await Assertions.Expect(row).ToHaveAttributeAsync("data-policy-id", id);

            // Editing it: the form opens with its values; a resolution shorter than first response is refused again, nothing changes.
            await row.GetByTestId("policy-edit").ClickAsync();
            await Assertions.Expect(form).ToHaveAttributeAsync("data-editing", id);
            await Assertions.Expect(page.GetByTestId("sla-first")).ToHaveValueAsync("5");
            await Assertions.Expect(page.GetByTestId("sla-resolution")).ToHaveValueAsync("60");
            await Assertions.Expect(page.GetByTestId("sla-segment")).ToHaveValueAsync("partner");
            await Assertions.Expect(page.GetByTestId("sla-channel")).ToHaveValueAsync("wechat");
            await page.GetByTestId("sla-first").FillAsync("7");
            await page.GetByTestId("sla-resolution").FillAsync("6");
            await page.GetByTestId("sla-save").ClickAsync();
            await Assertions.Expect(resolutionProblem).ToContainTextAsync("cannot be shorter");
            var unchanged = (await PolicyAsync(api, key))!.Value;
            Assert.Equal((5, 60), (unchanged.GetProperty("firstResponseMinutes").GetInt32(), unchanged.GetProperty("resolutionMinutes").GetInt32()));

            // 7 / 90 minutes is taken: the same policy (no second one), in the row and in the API.
            await page.GetByTestId("sla-resolution").FillAsync("90");
            await page.GetByTestId("sla-save").ClickAsync();
            await Assertions.Expect(form).ToBeHiddenAsync();
            await Assertions.Expect(resolutionProblem).ToBeEmptyAsync();
            await Assertions.Expect(row.Locator("td[data-col=first]")).ToHaveAttributeAsync("data-minutes", "7");
            await Assertions.Expect(row.Locator("td[data-col=resolution]")).ToHaveAttributeAsync("data-minutes", "90");
            await Assertions.Expect(row.Locator("td[data-col=resolution]")).ToHaveTextAsync("1 h 30 min");
            var edited = (await PolicyAsync(api, key))!.Value;
            Assert.Equal((id, 7, 90), (edited.GetProperty("id").GetString(), edited.GetProperty("firstResponseMinutes").GetInt32(),
                edited.GetProperty("resolutionMinutes").GetInt32()));
            Assert.Single((await GetJsonAsync(api, Policies)).EnumerateArray(), p => Key(p) == key);

            // Deleted from its row: gone from the table and the API; the general policies stay.
            await row.GetByTestId("policy-delete").ClickAsync();
            await Assertions.Expect(row).ToHaveCountAsync(0);
            Assert.Null(await PolicyAsync(api, key));
            await Assertions.Expect(table.Locator("tr[data-policy='urgent/*/*']")).ToHaveCountAsync(1);
            await Assertions.Expect(table.Locator("tr[data-policy='urgent/*/*'] [data-testid=policy-delete]")).ToHaveCountAsync(0);
        }
        finally
        {
            // Whatever happened above, the shared host keeps only the policies it had.
            if (await PolicyAsync(api, key) is { } left) await api.DeleteAsync($"{Policies}/{left.GetProperty("id").GetString()}");
        }
    }

    [Fact]
    public async Task Admin_InChinese_AddsAShift_IsRefusedAnEmptyOne_EditsItsHours_AndSetsTheTeamsRouting()
    {
        var api = await fixture.Host.SignInAsync("admin");
        var key = $"floor-shifts-{Suffix()}";
        var team = await CreateTeamAsync(api, key, $"Shifts {key[^5..]} / 排班组");
        var page = await fixture.PageAsync("zh-CN");
        await BrowserFixture.SignInAsync(page, "admin");
        await page.GotoAsync($"/#/admin/teams/{team}");
        var shifts = page.GetByTestId("shifts");
        await Assertions.Expect(shifts).ToBeVisibleAsync();
        await Assertions.Expect(shifts.Locator("tr[data-shift]")).ToHaveCountAsync(0);
        var form = page.GetByTestId("shift-form");
        // A new shift is in the desk's zone unless told otherwise.
        await Assertions.Expect(page.GetByTestId("shift-zone")).ToHaveValueAsync("Asia/Shanghai");

        await page.GetByTestId("shift-name").FillAsync("早班");
        await page.GetByTestId("shift-starts").FillAsync("08:00");
        await page.GetByTestId("shift-ends").FillAsync("16:00");
        await page.GetByTestId("shift-zone").FillAsync("Asia/Shanghai");
        await page.GetByTestId("shift-save").ClickAsync();
        var early = shifts.Locator("tr[data-shift='早班']");
        await Assertions.Expect(early).ToContainTextAsync("08:00–16:00");
        await Assertions.Expect(early).ToContainTextAsync("Asia/Shanghai");
        await Assertions.Expect(page.GetByTestId("shift-name")).ToHaveValueAsync(""); // the form is ready for the next one

        // A shift that ends when it starts is refused under its end, in Chinese, and not saved.
        await page.GetByTestId("shift-name").FillAsync("晚班");
        await page.GetByTestId("shift-starts").FillAsync("10:00");
        await page.GetByTestId("shift-ends").FillAsync("10:00");
        await page.GetByTestId("shift-save").ClickAsync();
        await Assertions.Expect(form.Locator("[data-problem-for=ends]")).ToHaveTextAsync("班次的结束时间不能与开始时间相同。");
        await Assertions.Expect(shifts.Locator("tr[data-shift='晚班']")).ToHaveCountAsync(0);
        Assert.Equal(new[] { "早班" }, (await GetJsonAsync(api, $"/api/teams/{key}/shifts")).EnumerateArray().Select(s => s.GetProperty("name").GetString()!));

        // Edit 早班 to 07:00–15:00: the form shows it, the problem goes, the row and the API have the new hours.
        await early.GetByTestId("shift-edit").ClickAsync();
        await Assertions.Expect(form).ToHaveAttributeAsync("data-editing", (await early.GetAttributeAsync("data-shift-id"))!);
        await Assertions.Expect(form.Locator("[data-problem-for=ends]")).ToBeEmptyAsync();
        await Assertions.Expect(page.GetByTestId("shift-name")).ToHaveValueAsync("早班");
        await Assertions.Expect(page.GetByTestId("shift-starts")).ToHaveValueAsync("08:00");
        await page.GetByTestId("shift-starts").FillAsync("07:00");
        await page.GetByTestId("shift-ends").FillAsync("15:00");
        await page.GetByTestId("shift-save").ClickAsync();
        await Assertions.Expect(early).ToContainTextAsync("07:00–15:00");
        await Assertions.Expect(form).ToHaveAttributeAsync("data-editing", "");
        await Assertions.Expect(shifts.Locator("tr[data-shift]")).ToHaveCountAsync(1);
        var saved = Assert.Single((await GetJsonAsync(api, $"/api/teams/{key}/shifts")).EnumerateArray());
        Assert.Equal(("早班", "07:00", "15:00", "Asia/Shanghai"), (saved.GetProperty("name").GetString(), saved.GetProperty("starts").GetString(),
            saved.GetProperty("ends").GetString(), saved.GetProperty("timeZone").GetString()));

        // Routing: least loaded, two tickets at once; saved, and the API has it.
        var routing = page.GetByTestId("routing");
        await Assertions.Expect(page.GetByTestId("routing-mode")).ToHaveValueAsync("pull");
        await page.GetByTestId("routing-mode").SelectOptionAsync("least-loaded");
        await page.GetByTestId("routing-ticket").FillAsync("2");
        await Assertions.Expect(routing).ToHaveAttributeAsync("data-state", "changed");
        await Assertions.Expect(page.GetByTestId("routing-status")).ToHaveTextAsync("修改尚未保存。");
        await page.GetByTestId("routing-save").ClickAsync();
        await Assertions.Expect(page.GetByTestId("routing-status")).ToHaveTextAsync("派单规则已保存。");
        await Assertions.Expect(routing).ToHaveAttributeAsync("data-state", "saved");
        var settings = await GetJsonAsync(api, $"/api/admin/teams/{key}/routing");
        Assert.Equal(("least-loaded", 2), (settings.GetProperty("mode").GetString(), settings.GetProperty("capacity").GetProperty("ticket").GetInt32()));

        // Shown again from the server, the page has what was saved; and no text is a message key.
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("routing-mode")).ToHaveValueAsync("least-loaded");
        await Assertions.Expect(page.GetByTestId("routing-ticket")).ToHaveValueAsync("2");
        await Assertions.Expect(page.GetByTestId("shifts").Locator("tr[data-shift='早班']")).ToContainTextAsync("07:00–15:00");
        Assert.Empty(await RawKeysAsync(page));
    }

    [Fact]
    public async Task Agent_InChinese_GoesOnline_IsOfferedATaskWithoutReloading_AndAcceptsIt()
    {
        var suffix = Suffix();
        var (key, userName, password) = ($"floor-offers-{suffix}", $"zhou.min.{suffix}", "Lotus-window-23");
        var admin = await fixture.Host.SignInAsync("admin");
        await CreateTeamAsync(admin, key, $"Offers {suffix} / 派单组");
        (await admin.PutAsJsonAsync($"/api/admin/teams/{key}/routing", new { mode = "least-loaded", capacity = new { ticket = 2, chat = 1 }, offerTimeoutSeconds = 600 }))
            .EnsureSuccessStatusCode();
        var created = await admin.PostAsJsonAsync("/api/admin/users", new
        {
            userName, displayName = "Zhou Min / 周敏", password, roles = new[] { "agent" }, teams = new[] { new { key } },
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        var designer = await fixture.Host.SignInAsync("designer");
        var process = $"offered-{suffix}";
        (await PublishAsync(designer, Process($"""
            <bpmn:startEvent id="s"/><bpmn:userTask id="t" name="核对退款" camunda:candidateGroups="{key}"/><bpmn:endEvent id="e"/>
            """ + Chain("s", "t", "e"), id: process))).EnsureSuccessStatusCode();

        var page = await fixture.PageAsync("zh-CN");
        await page.GotoAsync("/");
        await page.FillAsync("#user", userName);
        await page.FillAsync("#password", password);
        await page.ClickAsync("form.sign-in button[type=submit]");
        await page.WaitForSelectorAsync("header");
        await page.GotoAsync("/#/inbox");
        await page.WaitForSelectorAsync("[data-testid=inbox]");
        var offers = page.GetByTestId("offers");
        await Assertions.Expect(offers).ToBeHiddenAsync();
        var presence = page.GetByTestId("presence");
        await Assertions.Expect(presence).ToHaveValueAsync("offline");
        var set = await page.RunAndWaitForResponseAsync(() => presence.SelectOptionAsync("online"),
            r => r.Url.EndsWith("/api/me/presence") && r.Request.Method == "PUT");
        Assert.True(set.Ok, $"presence: {set.Status}");
        await Assertions.Expect(presence.Locator("option:checked")).ToHaveTextAsync("在线");
        // A mark on this very document: had the page reloaded, it would be gone.
        await page.EvaluateAsync("() => { window.__sameDocument = true; }");

        var task = (await StartAsync(designer, process)).GetProperty("openTasks")[0].GetProperty("id").GetString()!;

        var offer = offers.Locator($"li[data-task='{task}']");
        await Assertions.Expect(offer).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Assertions.Expect(offers).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"), "the page reloaded");
        await Assertions.Expect(offers).ToContainTextAsync("派给您的任务");
        await Assertions.Expect(offer).ToContainTextAsync("核对退款");
        await Assertions.Expect(offer).ToContainTextAsync("派单组");
        await Assertions.Expect(offer.GetByTestId("offer-left")).ToContainTextAsync("可接受");
        await Assertions.Expect(offer.GetByTestId("offer-accept")).ToHaveTextAsync("接受");
        await Assertions.Expect(offer.GetByTestId("offer-decline")).ToHaveTextAsync("拒绝");
        Assert.Empty(await RawKeysAsync(page));
        var manager = await fixture.Host.SignInAsync("manager");
        var offered = await GetJsonAsync(manager, $"/api/tasks/{task}");
        Assert.Equal(JsonValueKind.Null, offered.GetProperty("claimedAt").ValueKind); // offered, not yet taken

        await offer.GetByTestId("offer-accept").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"#/inbox/task/{task}$"));
        await Assertions.Expect(page.GetByTestId("claim-state")).ToHaveAttributeAsync("data-assignee", userName, new() { Timeout = 10_000 });
        await Assertions.Expect(offers.Locator($"li[data-task='{task}']")).ToHaveCountAsync(0);
        var claimed = await GetJsonAsync(manager, $"/api/tasks/{task}");
        Assert.Equal(userName, claimed.GetProperty("assignee").GetString());
        Assert.Equal(JsonValueKind.String, claimed.GetProperty("claimedAt").ValueKind);
        Assert.Empty(await RawKeysAsync(page));
        Assert.Empty((await page.EvaluateAsync<JsonElement>("async () => await (await fetch('/api/me/offers')).json()")).EnumerateArray());
    }


    private static string Suffix() => Guid.NewGuid().ToString("N")[..5];

    private static string Key(JsonElement policy) => string.Join('/', new[] { "priority", "segment", "channel" }
        .Select(name => policy.GetProperty(name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : "*"));

    private static async Task<JsonElement?> PolicyAsync(HttpClient api, string key) =>
        (await GetJsonAsync(api, Policies)).EnumerateArray().Where(p => Key(p) == key).Select(p => (JsonElement?)p).SingleOrDefault();

    /// <summary>Makes a team through the admin API; returns its id, for its page.</summary>
    private static async Task<string> CreateTeamAsync(HttpClient admin, string key, string name)
    {
        var response = await admin.PostAsJsonAsync("/api/admin/teams", new { key, name });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await JsonAsync(response)).GetProperty("id").GetString()!;
    }

    /// <summary>
    /// Visible texts, option labels, placeholders and tooltips that show a message key ("offer.accept", "routing.mode")
    /// where its words belong.
    /// </summary>
    private static Task<string[]> RawKeysAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const key = /\b(admin|problem|manager|sla|shift|routing|offer|offers|inbox|holidays|task|roster|hours|floor|presence|nav|status|role|unit|channel|priority|segment|queue|word)\.[A-Za-z][\w-]*/;
          const shown = (el) => el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const el = node.parentElement;
            if (el && !el.closest('script, style') && (el.tagName === 'OPTION' || shown(el)) && key.test(node.textContent)) found.push(node.textContent.trim());
          }
          for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]'))
            for (const name of ['placeholder', 'title', 'aria-label'])
              if (shown(el) && key.test(el.getAttribute(name) ?? '')) found.push(`${name}: ${el.getAttribute(name)}`);
          return found;
        }
        """);
}
