using System.Net.Http.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Server.Definitions.Forms;

/// <summary>A one-task process whose task names a form, and form-js schemas with the fields the tests look for.</summary>
internal static class FormScenario
{
    public static string Key() => "forms-" + Guid.NewGuid().ToString("N")[..8];

    public static string Diagram(string key, string taskName = "Answer", string formKey = "answer") => Process($"""
        <bpmn:startEvent id="s"/><bpmn:userTask id="answer" name="{taskName}" camunda:candidateGroups="agent-l1" camunda:formKey="{formKey}"/>
        <bpmn:endEvent id="e"/>
        """ + Chain("s", "answer", "e"), id: key);

    public static object Form(string id, params string[] fieldKeys) => new
    {
        type = "default", id, schemaVersion = 16,
        components = fieldKeys.Select(k => new { type = "textfield", key = k, label = k, id = "f_" + k }).ToArray(),
    };

    public static Task<HttpResponseMessage> PublishAsync(HttpClient client, string xml, object forms) =>
        client.PostAsJsonAsync("/api/definitions", new { xml, forms });
}
