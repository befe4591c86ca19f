using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Workflows.Bench.Routing;

/// <summary>
/// Builds the simulated floor through the API: three teams with their routing and capacities, a support flow whose
/// first task goes to one of them, the agents (spread over the hosts), two shift templates per team and the roster:
/// most agents all day (two shifts a day), a fifth on a short shift that ends during the run, a tenth never rostered.
/// </summary>
internal static class FloorSetup
{
    public const string Password = "Bench-floor-2026";
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static async Task<List<FloorAgent>> BuildAsync(HttpClient admin, IReadOnlyList<Uri> hosts, int agents, TimeSpan shortShift)
    {
        (await admin.PostAsync("/api/definitions", new StringContent(Flow, Encoding.UTF8, "application/xml"))).EnsureSuccessStatusCode();
        var floor = new List<FloorAgent>();
        foreach (var (team, t) in FloorTeam.All.Select((team, t) => (team, t)))
        {
            (await admin.PostAsJsonAsync("/api/admin/teams", new { key = team.Key, name = team.Key })).EnsureSuccessStatusCode();
            var names = Enumerable.Range(0, agents / FloorTeam.All.Length + (t < agents % FloorTeam.All.Length ? 1 : 0)).Select(i => $"{team.Key}-{i:D3}").ToList();
            foreach (var name in names)
                (await admin.PostAsJsonAsync("/api/admin/users", new
                {
                    userName = name, displayName = name, password = Password, roles = new[] { "agent" }, teams = new[] { new { key = team.Key } },
                    skills = new[] { "payment-failure" }, languages = new[] { name.EndsWith('0') ? "en" : "zh-CN" },
                })).EnsureSuccessStatusCode();
            var shifts = await RosterAsync(admin, team.Key, names, shortShift);
            (await admin.PutAsJsonAsync($"/api/admin/teams/{team.Key}/routing",
                new { mode = team.Mode, capacity = new { ticket = team.Tickets, chat = team.Chats }, offerTimeoutSeconds = 30 })).EnsureSuccessStatusCode();
            var signedIn = await Task.WhenAll(names.Select((name, i) => SignInAsync(hosts[(t + i) % hosts.Count], name)));
            floor.AddRange(names.Select((name, i) => new FloorAgent(name, team.Key, signedIn[i], shifts.GetValueOrDefault(name, []))));
        }
        return floor;
    }

    /// <summary>The roster as stored: each agent's shifts as instants, read back from the API.</summary>
    private static async Task<Dictionary<string, List<(DateTimeOffset, DateTimeOffset)>>> RosterAsync(HttpClient admin, string team, List<string> names, TimeSpan shortShift)
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai);
        // A day in two halves: a shift cannot last 24 hours.
        var (day, night) = (await ShiftAsync(admin, team, "白班 / Day", "00:00", "12:00"), await ShiftAsync(admin, team, "晚班 / Evening", "12:00", "24:00"));
        var (shortStarts, shortEnds) = (now.AddHours(-1), now + shortShift);
        var brief = await ShiftAsync(admin, team, "短班 / Short", shortStarts.ToString("HH:mm", CultureInfo.InvariantCulture),
            shortEnds.ToString("HH:mm", CultureInfo.InvariantCulture));
        var today = DateOnly.FromDateTime(now.DateTime);
        var entries = new List<object>();
        for (var i = 0; i < names.Count; i++)
        {
            if (i % 10 == 9) continue; // never on shift
            if (i % 5 == 4) entries.Add(new { userName = names[i], date = Day(DateOnly.FromDateTime(shortStarts.DateTime)), shiftId = brief });
            else
                foreach (var date in new[] { today, today.AddDays(1) })
                    entries.AddRange([new { userName = names[i], date = Day(date), shiftId = day }, new { userName = names[i], date = Day(date), shiftId = night }]);
        }
        var (from, to) = (Day(today.AddDays(-1)), Day(today.AddDays(1)));
        var saved = await admin.PutAsJsonAsync($"/api/teams/{team}/roster", new { from, to, entries });
        if (!saved.IsSuccessStatusCode) throw new InvalidOperationException($"Roster of {team}: {await saved.Content.ReadAsStringAsync()}");
        var roster = await saved.Content.ReadFromJsonAsync<JsonElement>();
        return roster.GetProperty("entries").EnumerateArray()
            .GroupBy(e => e.GetProperty("userName").GetString()!)
            .ToDictionary(g => g.Key, g => g.Select(e => (e.GetProperty("startsAt").GetDateTimeOffset(), e.GetProperty("endsAt").GetDateTimeOffset())).ToList());
    }

    private static async Task<Guid> ShiftAsync(HttpClient admin, string team, string name, string starts, string ends)
    {
        var created = await admin.PostAsJsonAsync($"/api/teams/{team}/shifts", new { name, starts, ends, timeZone = "Asia/Shanghai" });
        if (!created.IsSuccessStatusCode) throw new InvalidOperationException($"Shift {name} of {team}: {await created.Content.ReadAsStringAsync()}");
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<HttpClient> SignInAsync(Uri host, string userName)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = host };
        (await client.PostAsJsonAsync("/api/auth/login", new { userName, password = Password })).EnsureSuccessStatusCode();
        (await client.PutAsJsonAsync("/api/me/presence", new { status = "online" })).EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>The support flow for the run: its one task goes to a team chosen by the case number's last digit.</summary>
    private const string Flow = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="bench-floor" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="support-case" isExecutable="true">
            <bpmn:startEvent id="s"/>
            <bpmn:sequenceFlow id="s_work" sourceRef="s" targetRef="work"/>
            <bpmn:userTask id="work" name="Work the case" camunda:candidateGroups="${['bench-a', 'bench-b', 'bench-c'][Number(caseNumber.slice(-1)) % 3]}"/>
            <bpmn:sequenceFlow id="work_e" sourceRef="work" targetRef="e"/>
            <bpmn:endEvent id="e"/>
          </bpmn:process>
        </bpmn:definitions>
        """;
}
