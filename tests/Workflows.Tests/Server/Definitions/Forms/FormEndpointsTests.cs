using System.Net;
using System.Net.Http.Json;
using Workflows.Definitions;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Server.Definitions.Forms.FormScenario;

namespace Workflows.Tests.Server.Definitions.Forms;

/// <summary>Forms published and versioned with their definition, and read back for a task from the task's own version.</summary>
[Collection(HostCollection.Name)]
public sealed class FormEndpointsTests(HostFixture host)
{
    [Fact]
    public async Task FormsArePublishedWithTheDiagram_AndEachTaskGetsTheFormOfItsOwnVersion()
    {
        var designer = await host.SignInAsync("designer");
        var agent = await host.SignInAsync("agent1");
        var key = Key();
        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(designer, Diagram(key), new { answer = Form("answer", "reply") })).StatusCode);
        var first = (await StartAsync(agent, key)).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await PublishAsync(designer, Diagram(key), new { answer = Form("answer", "reply", "refundAmount") })).StatusCode);
        var second = (await StartAsync(agent, key)).GetProperty("id").GetGuid();

        Assert.Equal(["reply"], FieldKeys(await GetJsonAsync(designer, $"/api/definitions/{key}/versions/1/forms/answer")));
        Assert.Equal(["reply", "refundAmount"], FieldKeys((await GetJsonAsync(designer, $"/api/definitions/{key}/versions/2/forms")).GetProperty("answer")));
        var firstForm = await GetJsonAsync(agent, $"/api/tasks/{await TaskOfAsync(agent, first)}/form");
        Assert.Equal("answer", firstForm.GetProperty("formKey").GetString());
        Assert.Equal(["reply"], FieldKeys(firstForm.GetProperty("schema")));
        Assert.Equal(["reply", "refundAmount"], FieldKeys((await GetJsonAsync(agent, $"/api/tasks/{await TaskOfAsync(agent, second)}/form")).GetProperty("schema")));
    }

    [Fact]
    public async Task BareXml_KeepsTheLatestVersionsForms_AndUnchangedContentIsNotANewVersion()
    {
        var designer = await host.SignInAsync("designer");
        var key = Key();
        await PublishAsync(designer, Diagram(key), new { answer = Form("answer", "reply") });

        var same = await ApiScenario.PublishAsync(designer, Diagram(key));
        var renamed = await ApiScenario.PublishAsync(designer, Diagram(key, taskName: "Answer the customer"));

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await JsonAsync(same)).GetProperty("version").GetInt32());
        Assert.Equal(2, (await JsonAsync(renamed)).GetProperty("version").GetInt32());
        Assert.Equal(["reply"], FieldKeys(await GetJsonAsync(designer, $"/api/definitions/{key}/versions/2/forms/answer")));
    }

    [Fact]
    public async Task TheSameContent_ReformattedAsTheDesignerSendsIt_IsNotANewVersion()
    {
        var designer = await host.SignInAsync("designer");
        var key = Key();
        var xml = Diagram(key);
        await PublishAsync(designer, xml, new { answer = Form("answer", "reply") });
        // What bpmn-js's saveXML({format: true}) makes of it: other indentation, another prefix, another exporter,
        // attributes in another order; and the form back from a browser with its properties in another order.
        var reformatted = System.Xml.Linq.XDocument.Parse(xml).ToString()
            .Replace("bpmn:", "semantic:").Replace("xmlns:bpmn=", "xmlns:semantic=")
            .Replace("<semantic:userTask id=\"answer\" name=\"Answer\"", "<semantic:userTask name=\"Answer\" id=\"answer\"");
        Assert.NotEqual(xml, reformatted);
        var browserForm = new
        {
            components = new[] { new { id = "f_reply", label = "reply", key = "reply", type = "textfield" } },
            schemaVersion = 16, id = "answer", type = "default",
        };

        var same = await PublishAsync(designer, reformatted, new { answer = browserForm });
        var changedForm = await PublishAsync(designer, reformatted, new { answer = Form("answer", "reply", "refundAmount") });

        Assert.Equal(HttpStatusCode.OK, same.StatusCode);
        Assert.Equal(1, (await JsonAsync(same)).GetProperty("version").GetInt32());
        Assert.Equal(HttpStatusCode.Created, changedForm.StatusCode);
        Assert.Equal(2, (await JsonAsync(changedForm)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task MissingAndMalformedForms_AreRefusedByElementAndForm_AndNothingIsStored()
    {
        var designer = await host.SignInAsync("designer");
        var key = Key();

        var missing = await JsonAsync(await PublishAsync(designer, Diagram(key), new { }));
        var malformed = await JsonAsync(await PublishAsync(designer, Diagram(key), new { answer = new { type = "default" }, @bad_key_ = Form("x"), }));
        var notAnObject = await designer.PostAsJsonAsync("/api/definitions", new { xml = Diagram(key), forms = new[] { 1 } });
        var noXml = await designer.PostAsJsonAsync("/api/definitions", new { forms = new { } });
        var notJson = await designer.PostAsync("/api/definitions", new StringContent("{ xml:", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(("answer", "FORM_MISSING"), Single(missing));
        Assert.Equal(("forms.answer", "FORM_INVALID"), Single(malformed));
        Assert.Equal("forms", (await JsonAsync(notAnObject)).GetProperty("field").GetString());
        Assert.Equal("xml", (await JsonAsync(noXml)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal("body", (await JsonAsync(notJson)).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await designer.GetAsync($"/api/definitions/{key}")).StatusCode);
    }

    [Fact]
    public async Task InvalidFormKeys_AreNamed_AndKeysThatPointElsewhereNeedNoStoredForm()
    {
        var designer = await host.SignInAsync("designer");
        var key = Key();

        var badKey = await JsonAsync(await PublishAsync(designer, Diagram(key), new Dictionary<string, object> { ["answer"] = Form("a"), ["no/slash"] = Form("b") }));
        var external = await ApiScenario.PublishAsync(designer, Diagram(key, formKey: "embedded:app:forms/answer.html"));

        Assert.Equal(("forms.no/slash", "FORM_KEY_INVALID"), Single(badKey));
        Assert.Equal(HttpStatusCode.Created, external.StatusCode);
        var agent = await host.SignInAsync("agent1");
        var task = await TaskOfAsync(agent, (await StartAsync(agent, key)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/tasks/{task}/form")).StatusCode);
    }

    [Fact]
    public async Task TheSupportFlow_IsPublishedWithEveryShippedForm_AndARiskTaskFormIsNotForL1()
    {
        var manager = await host.SignInAsync("manager");
        var latest = (await GetJsonAsync(manager, $"/api/definitions/{ShippedDefinitions.SupportFlowKey}"))[0].GetProperty("version").GetInt32();

        var forms = await GetJsonAsync(manager, $"/api/definitions/{ShippedDefinitions.SupportFlowKey}/versions/{latest}/forms");

        Assert.Equal(ShippedDefinitions.Forms.Order(), forms.EnumerateObject().Select(f => f.Name).Order());
        Assert.Contains("capturedName", FieldKeys(forms.GetProperty("understand")));
        var designer = await host.SignInAsync("designer");
        var key = Key();
        await PublishAsync(designer, Diagram(key).Replace("agent-l1", "risk"), new { answer = Form("answer", "reply") });
        var risk = await host.SignInAsync("risk1");
        var task = await TaskOfAsync(risk, (await StartAsync(risk, key)).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Forbidden, (await (await host.SignInAsync("agent1")).GetAsync($"/api/tasks/{task}/form")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await risk.GetAsync($"/api/tasks/{task}/form")).StatusCode);
    }

    [Fact]
    public async Task Drafts_KeepTheirForms()
    {
        var designer = await host.SignInAsync("designer");
        var key = Key();

        var saved = await designer.PutAsJsonAsync($"/api/drafts/{key}", new { xml = Diagram(key), forms = new { answer = Form("answer", "reply") } });
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/drafts/{key}");
        request.Headers.Accept.ParseAdd("application/json");
        var draft = await JsonAsync(await designer.SendAsync(request));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(Diagram(key), draft.GetProperty("xml").GetString());
        Assert.Equal(["reply"], FieldKeys(draft.GetProperty("forms").GetProperty("answer")));
        Assert.Equal(Diagram(key), await designer.GetStringAsync($"/api/drafts/{key}"));
    }

    private static List<string> FieldKeys(System.Text.Json.JsonElement schema) =>
        schema.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("key").GetString()!).ToList();

    private static (string?, string?) Single(System.Text.Json.JsonElement problem)
    {
        var error = Assert.Single(problem.GetProperty("errors").EnumerateArray());
        return (error.GetProperty("elementId").GetString(), error.GetProperty("code").GetString());
    }

    private static async Task<Guid> TaskOfAsync(HttpClient client, Guid instanceId) =>
        (await GetJsonAsync(client, $"/api/tasks?instanceId={instanceId}"))[0].GetProperty("id").GetGuid();
}
