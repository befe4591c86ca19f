using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Browser.DesignerSteps;

namespace Workflows.Tests.Browser;

/// <summary>The designer in Chromium against a running host: build, publish, version, fail, import, export.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Designer_BuildsAFlowWithACustomActivity_PublishesTwoVersions()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.ClickAsync("[data-nav=designer]");
        await page.WaitForSelectorAsync("[data-testid=canvas] .djs-element[data-element-id=StartEvent_1]");

        // A custom activity from the palette, dropped to the right of the start event.
        await page.ClickAsync(".djs-palette .entry[data-action='create.activity.workflows.notify-customer']");
        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(canvas.X + canvas.Width / 2, canvas.Y + canvas.Height / 2);
        var task = page.Locator(".djs-element.djs-shape[data-element-id^='Activity_']").First;
        var taskId = await task.GetAttributeAsync("data-element-id");
        // Connect start → task with the context pad, then append an end event to the task.
        var box = (await task.BoundingBoxAsync())!;
        var start = (await page.Locator("[data-element-id=StartEvent_1]").BoundingBoxAsync())!;
        await SelectAsync(page, "StartEvent_1", start);
        await page.ClickAsync(".djs-context-pad .entry[data-action='connect']");
        // The connect tool follows the pointer: move onto the task and click there, as a person would.
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2, new() { Steps = 5 });
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await Assertions.Expect(page.Locator(".djs-connection[data-element-id^='Flow_']")).ToHaveCountAsync(1);
        await SelectAsync(page, taskId!, box);
        await page.ClickAsync(".djs-context-pad .entry[data-action='append.end-event']");
        var xml = await ExportAsync(page);
        Assert.Contains("camunda:topic=\"notify-customer\"", xml);
        Assert.Contains("camunda:modelerTemplate=\"workflows.notify-customer\"", xml);

        await page.ClickAsync("[data-action=publish]");
        await ExpectStatusAsync(page, "version 1");
        var key = System.Text.RegularExpressions.Regex.Match(xml, "<bpmn:process id=\"([^\"]+)\"").Groups[1].Value;
        await Assertions.Expect(page.Locator($"[data-version='{key}/1']")).ToBeVisibleAsync();

        // A change: name the task (label editing), then publish again.
        await page.DblClickAsync($"[data-element-id='{taskId}']");
        await page.Keyboard.TypeAsync("Tell the customer");
        await page.Mouse.ClickAsync(canvas.X + 20, canvas.Y + canvas.Height - 20);
        Assert.Contains("name=\"Tell the customer\"", await ExportAsync(page));
        await page.ClickAsync("[data-action=publish]");
        await Assertions.Expect(page.GetByTestId("status")).Not.ToContainTextAsync("version 1");
        await Assertions.Expect(page.Locator($"[data-version='{key}/2']")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await ExpectStatusAsync(page, "version 2");
        // Publishing the same content again makes no version 3.
        await page.ClickAsync("[data-action=publish]");
        await ExpectStatusAsync(page, "already has exactly this content");
        await Assertions.Expect(page.Locator($"[data-version='{key}/3']")).ToHaveCountAsync(0);

        // Version 1 opens read-only: a viewer, no palette, and a way to start a new version from it.
        await page.ClickAsync($"[data-version='{key}/1']");
        await Assertions.Expect(page.GetByTestId("read-only")).ToContainTextAsync("read-only");
        await Assertions.Expect(page.Locator("[data-testid=viewer] .djs-palette")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[data-testid=viewer] [data-element-id='{taskId}']")).ToHaveCountAsync(1);
        await page.ClickAsync("[data-action=edit-copy]");
        await Assertions.Expect(page.Locator($"[data-testid=canvas] [data-element-id='{taskId}']")).ToHaveCountAsync(1);

        // A draft survives a reload and is never a published version.
        await page.ClickAsync("[data-action=save-draft]");
        await ExpectStatusAsync(page, $"Draft of {key} saved");
        await page.ReloadAsync();
        await page.ClickAsync($"[data-draft='{key}']");
        await Assertions.Expect(page.Locator($"[data-testid=canvas] [data-element-id='{taskId}']")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"[data-version='{key}/3']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task APublishedVersion_OpenedAndPublishedUnchanged_MakesNoNewVersion_AndOpensBesideThePalette()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        var latest = await page.EvaluateAsync<int>("""
            async () => (await (await fetch('/api/definitions')).json()).find(d => d.key === 'support-case').latestVersion
            """);
        await page.ClickAsync($"[data-version='support-case/{latest}']");
        await page.ClickAsync("[data-action=edit-copy]");
        await page.WaitForSelectorAsync("[data-testid=canvas] [data-element-id=intake]");

        // The start event is in sight, right of the palette, not under it.
        var palette = (await page.Locator("[data-testid=canvas] .djs-palette").BoundingBoxAsync())!;
        var start = (await page.Locator("[data-testid=canvas] [data-element-id=intake]").BoundingBoxAsync())!;
        Assert.True(start.X > palette.X + palette.Width, $"start event at x={start.X}, palette ends at {palette.X + palette.Width}");
        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;
        Assert.True(start.Y >= canvas.Y && start.Y + start.Height <= canvas.Y + canvas.Height);

        // The designer sends the version's XML as bpmn-js formats it and its forms after a trip through the browser.
        await page.ClickAsync("[data-action=publish]");
        await ExpectStatusAsync(page, "nothing new was published");
        await Assertions.Expect(page.Locator($"[data-version='support-case/{latest + 1}']")).ToHaveCountAsync(0);
        var after = await page.EvaluateAsync<int>("""
            async () => (await (await fetch('/api/definitions')).json()).find(d => d.key === 'support-case').latestVersion
            """);
        Assert.Equal(latest, after);
    }

    [Fact]
    public async Task ImportingAFileThatIsNotBpmn_ShowsTheParsersError_AndKeepsTheDiagram()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-testid=canvas] [data-element-id=StartEvent_1]");
        var notBpmn = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(notBpmn, "<notes><note>call the bank</note></notes>");

        await page.SetInputFilesAsync("[data-testid=import-file]", notBpmn);

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync($"Could not open {Path.GetFileName(notBpmn)}");
        await Assertions.Expect(page.GetByTestId("status")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("error"));
        var message = await page.GetByTestId("status").TextContentAsync();
        Assert.True(message!.Length > $"Could not open {Path.GetFileName(notBpmn)}: ".Length + 5, $"no parser error in '{message}'");
        await Assertions.Expect(page.Locator("[data-testid=canvas] [data-element-id=StartEvent_1]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task ImportingADmnFile_PublishesItsDecisions_AndABrokenOne_ListsItsProblems()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-testid=canvas] [data-element-id=StartEvent_1]");
        var good = Path.Combine(Path.GetTempPath(), $"triage-{Guid.NewGuid():N}.dmn");
        await File.WriteAllTextAsync(good, DecisionFiles.Route("designer-route"));

        await page.SetInputFilesAsync("[data-testid=import-file]", good);

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("Published decisions: designer-route v1.");
        await Assertions.Expect(page.Locator("[data-testid=decisions] li[data-decision=designer-route]")).ToContainTextAsync("v1");
        await Assertions.Expect(page.Locator("[data-testid=canvas] [data-element-id=StartEvent_1]")).ToHaveCountAsync(1);

        var broken = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():N}.dmn");
        await File.WriteAllTextAsync(broken, DecisionFiles.Route("designer-broken").Replace("hitPolicy=\"UNIQUE\"", "hitPolicy=\"SOMETIMES\""));
        await page.SetInputFilesAsync("[data-testid=import-file]", broken);

        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync("cannot be published: 1 problem(s)");
        await Assertions.Expect(page.Locator("[data-testid=problems] li[data-code='table.unknown-hit-policy']")).ToContainTextAsync("SOMETIMES");
        await Assertions.Expect(page.Locator("[data-testid=decisions] li[data-decision=designer-broken]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task InvalidDiagram_ShowsTheServersProblemsOnItsElements()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-element-id=StartEvent_1]");
        var invalid = Path.Combine(Path.GetTempPath(), $"invalid-{Guid.NewGuid():N}.bpmn");
        await File.WriteAllTextAsync(invalid, File.ReadAllText(Repository("tests", "Workflows.Tests", "Browser", "UnknownActivity.bpmn")));

        await page.SetInputFilesAsync("[data-testid=import-file]", invalid);
        await page.WaitForSelectorAsync("[data-element-id=Lookup]");

        // The lint panel says so before publishing: it runs the server's validation too.
        await Assertions.Expect(page.Locator(".djs-overlays[data-container-id=Lookup] .bjsl-overlay")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".djs-overlays[data-container-id=Lookup] .bjsl-overlay")).ToContainTextAsync("no-such-activity");
        await Assertions.Expect(page.Locator(".bjsl-button")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("bjsl-button-error"));
        await page.ClickAsync("[data-action=publish]");

        await Assertions.Expect(page.Locator(".djs-element.server-problem[data-element-id=Lookup]")).ToHaveCountAsync(1, new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator(".server-problem-badge")).ToHaveCountAsync(1);
        await page.ClickAsync("[data-testid=problems] li[data-element=Lookup]");
        await Assertions.Expect(page.Locator(".djs-element.selected[data-element-id=Lookup]")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task SupportFlow_ImportsAndExportsWithItsLayout_AndEveryCamundaSetting()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-element-id=StartEvent_1]");

        await page.SetInputFilesAsync("[data-testid=import-file]", Repository("workflows", "support-flow.bpmn"));
        await page.WaitForSelectorAsync("[data-element-id=understand]");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        var exported = await File.ReadAllTextAsync((await download.PathAsync())!);

        // How fast it opens is the designer benchmark's to measure (bench/Workflows.Bench/Designer), not a test's.
        Assert.NotNull(await page.GetByTestId("canvas").GetAttributeAsync("data-opened-ms"));
        Assert.Equal("support-case.bpmn", download.SuggestedFilename);
        var original = File.ReadAllText(Repository("workflows", "support-flow.bpmn"));
        foreach (System.Text.RegularExpressions.Match id in System.Text.RegularExpressions.Regex.Matches(original, "bpmnElement=\"([^\"]+)\""))
            Assert.Contains($"bpmnElement=\"{id.Groups[1].Value}\"", exported);
        Assert.Contains("camunda:topic=\"verify-identity\"", exported);
        Assert.Contains("camunda:inputParameter name=\"template\">case-received<", exported);
        // Re-exported without edits, it is the same process: every node, flow, condition and mapping.
        var parser = new Workflows.Engine.Parsing.BpmnParser();
        Assert.Equal(Shape(parser.ParseValid(original)), Shape(parser.ParseValid(exported)));
    }

    private static List<string> CamundaParts(string xml)
    {
        const string camunda = "http://camunda.org/schema/1.0/bpmn";
        var document = System.Xml.Linq.XDocument.Parse(xml);
        return document.Descendants().SelectMany(e => e.Attributes().Where(a => a.Name.NamespaceName == camunda)
                .Select(a => $"{(string?)e.Attribute("id")}@{a.Name.LocalName}={a.Value}"))
            .Concat(document.Descendants().Where(e => e.Name.NamespaceName == camunda)
                .Select(e => $"{e.Name.LocalName}:{(string?)e.Attribute("name")}={e.Value.Trim()}"))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static string Describe(Workflows.Engine.Model.ValueDefinition value) => value switch
    {
        Workflows.Engine.Model.ValueDefinition.Literal literal => literal.Value.GetRawText(),
        Workflows.Engine.Model.ValueDefinition.Expression expression => expression.Script.Source,
        Workflows.Engine.Model.ValueDefinition.List list => $"[{string.Join(",", list.Items.Select(Describe))}]",
        Workflows.Engine.Model.ValueDefinition.Map map => $"{{{string.Join(",", map.Entries.Select(e => $"{e.Key}:{Describe(e.Value)}"))}}}",
        _ => value.ToString(),
    };

    /// <summary>What a definition runs: nodes with their settings and mappings, and flows with their conditions.</summary>
    private static List<string> Shape(Workflows.Engine.Model.ProcessDefinition definition) =>
        definition.Nodes.Values.OrderBy(n => n.Id, StringComparer.Ordinal)
            .Select(n => (n with { Incoming = [], Outgoing = [], BoundaryEvents = [] }).ToString()
                + string.Join(",", n.InputOutput.Inputs.Concat(n.InputOutput.Outputs).Select(p => $"{p.Name}={Describe(p.Value)}")))
            .Concat(definition.Flows.Values.OrderBy(f => f.Id, StringComparer.Ordinal)
                .Select(f => $"{f.Id}:{f.SourceId}->{f.TargetId} {f.Name} {f.Condition?.Source}"))
            .ToList();

    [Fact]
    public async Task CamundaModelerDiagram_EditedAndExported_KeepsItsLayoutAndCamundaExtensions()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-element-id=StartEvent_1]");
        var file = Repository("tests", "Workflows.Tests", "Engine", "Scenarios", "RefundApproval.bpmn");
        var original = await File.ReadAllTextAsync(file);

        await page.SetInputFilesAsync("[data-testid=import-file]", file);
        await page.WaitForSelectorAsync("[data-element-id=Task_Review]");
        await page.DblClickAsync("[data-element-id=Task_Review]");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Review the refund");
        var canvas = (await page.GetByTestId("canvas").BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(canvas.X + canvas.Width - 40, canvas.Y + 40);
        var exported = await ExportAsync(page);

        Assert.Contains("name=\"Review the refund\"", exported);
        // Every camunda: attribute and extension element, compared by value (serializers escape ">" differently).
        Assert.NotEmpty(CamundaParts(original));
        Assert.Equal(CamundaParts(original), CamundaParts(exported));
        foreach (System.Text.RegularExpressions.Match bounds in System.Text.RegularExpressions.Regex.Matches(original, "<dc:Bounds [^>]*>"))
            Assert.Contains(bounds.Value.Replace(" />", "").Replace("/>", ""), exported);
    }

    [Fact]
    public async Task Agent_SeesNoDesigner_AndThePublishApiRefusesThem()
    {
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "agent1");

        await Assertions.Expect(page.Locator("[data-nav=designer]")).ToHaveCountAsync(0);
        var status = await page.EvaluateAsync<int>("async () => (await fetch('/api/definitions', { method: 'POST', headers: { 'content-type': 'application/xml' }, body: '<x/>' })).status");
        Assert.Equal(403, status);
    }

    [Fact]
    public async Task Chinese_Browser_GetsTheChineseShell_AndCanSwitch()
    {
        var page = await fixture.PageAsync("zh-CN");
        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("form.sign-in h1")).ToHaveTextAsync("登录");
        await BrowserFixture.SignInAsync(page, "designer");
        await Assertions.Expect(page.Locator("[data-nav=designer]")).ToHaveTextAsync("流程设计");
        await Assertions.Expect(page.Locator(".djs-palette .entry[data-action='create.start-event']")).ToHaveAttributeAsync("aria-label", "创建开始事件");
        await Assertions.Expect(page.Locator(".bio-properties-panel-group-header-title", new() { HasText = "常规" }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-action=forms]")).ToHaveTextAsync("表单");

        await page.ClickAsync("[data-action=language]");
        await Assertions.Expect(page.Locator("[data-nav=designer]")).ToHaveTextAsync("Designer");
    }
}
