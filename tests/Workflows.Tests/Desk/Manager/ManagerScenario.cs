using System.Text.Json;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Support.Bpmn;

namespace Workflows.Tests.Desk.Manager;

/// <summary>Reads the manager's stuck list, and makes the incidents managers retry: a bank call that fails until the data is fixed.</summary>
internal static class ManagerScenario
{
    public const string BankProcess = "manager-bank-check";

    /// <summary>Waits until the stuck list has a row for <paramref name="reason"/> matching <paramref name="match"/>.</summary>
    public static async Task<JsonElement> StuckRowAsync(HttpClient manager, string reason, Predicate<JsonElement> match, int seconds = 40)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var page = await GetJsonAsync(manager, $"/api/manager/stuck?reason={reason}&pageSize=200");
            if (page.GetProperty("items").EnumerateArray().FirstOrDefault(e => match(e)) is { ValueKind: JsonValueKind.Object } row) return row;
            Assert.True(DateTime.UtcNow < until, $"No '{reason}' row turned up; counts: {page.GetProperty("counts")}");
            await Task.Delay(250);
        }
    }

    /// <summary>The first 200 rows of the stuck list, for one reason or (null) all of them.</summary>
    public static async Task<List<JsonElement>> StuckItemsAsync(HttpClient manager, string? reason) =>
        (await GetJsonAsync(manager, $"/api/manager/stuck?{(reason is null ? "" : $"reason={reason}&")}pageSize=200")).GetProperty("items").EnumerateArray().ToList();

    public static Predicate<JsonElement> ForCase(Guid caseId) => row => row.GetProperty("caseId").ValueKind == JsonValueKind.String && row.GetProperty("caseId").GetGuid() == caseId;

    public static Predicate<JsonElement> ForInstance(Guid instanceId) => row => row.GetProperty("instanceId").GetGuid() == instanceId;

    /// <summary>
    /// Publishes a process whose asynchronous bank check throws until <c>bankUp</c> is true, so it fails its three
    /// tries and raises an incident; a retry with <c>bankUp = true</c> moves it on to the 'after' task.
    /// </summary>
    public static async Task PublishBankProcessAsync(HttpClient designer) =>
        (await PublishAsync(designer, Process("""
            <bpmn:startEvent id="s"/>
            <bpmn:scriptTask id="bank" name="Check with the bank" scriptFormat="javascript" camunda:asyncBefore="true">
              <bpmn:script>if (!bankUp) throw new Error('core banking is down')</bpmn:script></bpmn:scriptTask>
            <bpmn:userTask id="after" name="Tell the customer" camunda:candidateGroups="agent-l1"/>
            <bpmn:endEvent id="e"/>
            """ + Chain("s", "bank", "after", "e"), id: BankProcess))).EnsureSuccessStatusCode();
}
