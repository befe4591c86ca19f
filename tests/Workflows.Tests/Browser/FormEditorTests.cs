using System.Text.Json;
using Microsoft.Playwright;
using Workflows.Tests.Support;
using static Workflows.Tests.Browser.DesignerSteps;

namespace Workflows.Tests.Browser;

/// <summary>A task's form made in the form-js editor, kept in a draft, published with the diagram and shown read-only.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FormEditorTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Designer_CreatesATaskForm_KeepsItInADraft_AndPublishesItWithTheDiagram()
    {
        var key = "form-ui-" + Guid.NewGuid().ToString("N")[..8];
        var file = Path.Combine(Path.GetTempPath(), $"{key}.bpmn");
        await File.WriteAllTextAsync(file, OneTaskDiagram(key));
        var page = await fixture.PageAsync();
        await BrowserFixture.SignInAsync(page, "designer");
        await page.WaitForSelectorAsync("[data-element-id=StartEvent_1]");
        await page.SetInputFilesAsync("[data-testid=import-file]", file);
        await page.WaitForSelectorAsync("[data-element-id=check]");

        // The task names a form nobody has made: the forms list says so, and publishing is refused at the task.
        await page.ClickAsync("[data-action=forms]");
        await Assertions.Expect(page.Locator("[data-testid=forms-dialog] li[data-form=refund-check][data-state=missing]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-action=close-forms]");
        await page.ClickAsync("[data-action=publish]");
        await Assertions.Expect(page.Locator("[data-testid=problems] li[data-element=check]")).ToContainTextAsync("FORM_MISSING", new() { Timeout = 15_000 });

        // Create it in the form editor: rename the starter field.
        await page.ClickAsync("[data-action=forms]");
        await page.ClickAsync("li[data-form=refund-check] [data-action=edit-form]");
        var editor = page.GetByTestId("form-editor");
        await editor.Locator(".fjs-editor-container .fjs-form-field-textfield").First.ClickAsync(new() { Timeout = 15_000 });
        await editor.Locator(".bio-properties-panel-group-header", new() { HasText = "General" }).ClickAsync();
        await FillAsync(editor.Locator("#bio-properties-panel-label"), "Refund amount");
        await editor.Locator("#bio-properties-panel-key").FillAsync("refundAmount");
        await Assertions.Expect(editor.Locator("#bio-properties-panel-key")).ToHaveValueAsync("refundAmount");
        await page.WaitForTimeoutAsync(500); // the panel commits typing after a short debounce
        await page.ClickAsync("[data-action=keep-form]");
        await ExpectStatusAsync(page, "Form refund-check changed");

        // The draft keeps the form across a reload.
        await page.ClickAsync("[data-action=save-draft]");
        await ExpectStatusAsync(page, $"Draft of {key} saved");
        await page.ReloadAsync();
        await page.ClickAsync($"[data-draft='{key}']");
        await page.WaitForSelectorAsync("[data-testid=canvas] [data-element-id=check]");
        await page.ClickAsync("[data-action=forms]");
        await Assertions.Expect(page.Locator("li[data-form=refund-check][data-state=here]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-action=close-forms]");

        await page.ClickAsync("[data-action=publish]");
        await ExpectStatusAsync(page, "version 1");
        var forms = JsonDocument.Parse(await page.EvaluateAsync<string>(
            $"async () => await (await fetch('/api/definitions/{key}/versions/1/forms')).text()")).RootElement;
        var field = Assert.Single(forms.GetProperty("refund-check").GetProperty("components").EnumerateArray());
        Assert.Equal(("refundAmount", "Refund amount"), (field.GetProperty("key").GetString(), field.GetProperty("label").GetString()));

        // The published version shows its form read-only, as the agent will see it.
        await page.ClickAsync($"[data-version='{key}/1']");
        await Assertions.Expect(page.GetByTestId("read-only")).ToContainTextAsync("read-only");
        await Assertions.Expect(page.Locator("[data-action=publish]")).ToBeHiddenAsync();
        await page.ClickAsync("[data-action=view-forms]");

        await page.ClickAsync("li[data-form=refund-check] [data-action=edit-form]");
        await Assertions.Expect(page.GetByTestId("form-editor").Locator(".fjs-form")).ToContainTextAsync("Refund amount");
        await Assertions.Expect(page.Locator("[data-action=keep-form]")).ToHaveCountAsync(0);
    }

    /// <summary>Replaces a label's text by keyboard: labels are CodeMirror editors, not inputs, so Fill cannot reach them.</summary>
    private static async Task FillAsync(ILocator input, string text)
    {
        await input.ClickAsync();
        await input.PressAsync("Control+A");
        await input.PressSequentiallyAsync(text);
        await Assertions.Expect(input).ToHaveTextAsync(text);
    }

    private static string OneTaskDiagram(string key) => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
            xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="{key}" isExecutable="true">
            <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
            <bpmn:userTask id="check" name="Check the refund" camunda:candidateGroups="agent-l1" camunda:formKey="refund-check">
              <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
            </bpmn:userTask>
            <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="check"/>
            <bpmn:sequenceFlow id="f2" sourceRef="check" targetRef="end"/>
          </bpmn:process>
          <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="pl" bpmnElement="{key}">
            <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="100" y="100" width="36" height="36"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="check_di" bpmnElement="check"><dc:Bounds x="200" y="78" width="100" height="80"/></bpmndi:BPMNShape>
            <bpmndi:BPMNShape id="end_di" bpmnElement="end"><dc:Bounds x="360" y="100" width="36" height="36"/></bpmndi:BPMNShape>
            <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118"/><di:waypoint x="200" y="118"/></bpmndi:BPMNEdge>
            <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="300" y="118"/><di:waypoint x="360" y="118"/></bpmndi:BPMNEdge>
          </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
        </bpmn:definitions>
        """;
}
