using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;
using static Workflows.Tests.Desk.Floor.FloorHosts;

namespace Workflows.Tests.Desk.Floor;

/// <summary>
/// Shift templates and rosters: impossible shifts and overlapping rosters refused by field with nothing saved, rostered
/// days turned into instants in the shift's time zone, and the routing giving work only to agents on shift — an
/// agent whose shift ends hands back what they have not claimed and keeps what they have.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class ShiftTests(ClusterFixture cluster)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    [Fact]
    public async Task ImpossibleShiftsAndOverlappingRosters_AreRefusedByField_AndNothingIsSaved()
    {
        await using var hosts = await StartAsync(cluster, "shifts_bad_input");
        var admin = await hosts.SignInAsync("admin");
        var manager = await hosts.SignInAsync("manager", second: true);
        await hosts.OnlineAgentAsync(admin, "wang.fang", "agent-l1");
        var agent = await hosts.SignInAsync("wang.fang", "Lotus-window-23");
        foreach (var (bad, field, code) in new (object Body, string Field, string Code)[]
        {
            (new { name = " ", starts = "08:00", ends = "16:00" }, "name", "shift.name.required"),
            (new { name = "早班", starts = "25:00", ends = "16:00" }, "starts", "shift.time.invalid"),
            (new { name = "早班", starts = "24:00", ends = "16:00" }, "starts", "shift.time.invalid"),
            (new { name = "早班", starts = "08:00", ends = "8:00pm" }, "ends", "shift.time.invalid"),
            (new { name = "早班", starts = "08:00", ends = "08:00" }, "ends", "shift.empty"),
            (new { name = "早班", starts = "08:00", ends = "16:00", timeZone = "Mars/Olympus_Mons" }, "timeZone", "shift.time-zone.unknown"),
        })
        {
            var refused = await manager.PostAsJsonAsync("/api/teams/agent-l1/shifts", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal((field, code), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
        }
        Assert.Equal(0, (await GetJsonAsync(manager, "/api/teams/agent-l1/shifts")).GetArrayLength());
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/teams/agent-l1/shifts", new { name = "早班", starts = "08:00", ends = "16:00" })).StatusCode);

        var early = await CreateShiftAsync(manager, "agent-l1", "早班", "08:00", "16:00");
        var late = await CreateShiftAsync(manager, "agent-l1", "中班", "16:00", "24:00");
        var night = await CreateShiftAsync(manager, "agent-l1", "夜班", "22:00", "06:00");
        var london = await CreateShiftAsync(manager, "agent-l1", "London", "08:00", "16:00", "Europe/London");
        Assert.Equal("shift.name.taken", (await JsonAsync(await manager.PostAsJsonAsync("/api/teams/agent-l1/shifts", new { name = "早班", starts = "09:00", ends = "17:00" })))
            .GetProperty("code").GetString());
        Assert.Equal("24:00", (await GetJsonAsync(manager, "/api/teams/agent-l1/shifts")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == "中班")
            .GetProperty("ends").GetString());

        // Rostered days become instants in each shift's own zone; the night shift ends the next morning.
        var roster = await manager.PutAsJsonAsync("/api/teams/agent-l1/roster", new
        {
            from = "2027-07-05", to = "2027-07-11",
            entries = new[]
            {
                new { userName = "wang.fang", date = "2027-07-05", shiftId = early }, new { userName = "wang.fang", date = "2027-07-05", shiftId = late },
                new { userName = "wang.fang", date = "2027-07-06", shiftId = night },
                new { userName = "wang.fang", date = "2027-07-08", shiftId = london }, new { userName = "wang.fang", date = "2027-07-09", shiftId = late },
            },
        });
        Assert.Equal(HttpStatusCode.OK, roster.StatusCode);
        var entries = (await JsonAsync(roster)).GetProperty("entries").EnumerateArray()
            .Select(e => (e.GetProperty("shift").GetString(), e.GetProperty("startsAt").GetDateTimeOffset(), e.GetProperty("endsAt").GetDateTimeOffset())).ToList();
        Assert.Equal(
        [
            ("早班", At("2027-07-05T00:00Z"), At("2027-07-05T08:00Z")), ("中班", At("2027-07-05T08:00Z"), At("2027-07-05T16:00Z")), ("夜班", At("2027-07-06T14:00Z"), At("2027-07-06T22:00Z")),
            ("London", At("2027-07-08T07:00Z"), At("2027-07-08T15:00Z")), ("中班", At("2027-07-09T08:00Z"), At("2027-07-09T16:00Z")),
        ], entries);

        // Overlaps (a night in Shanghai with a day in London; one shift twice), strangers, foreign shifts and long ranges: 400, roster unchanged.
        foreach (var (bad, field, code) in new (object Body, string Field, string Code)[]
        {
            (Week(new { userName = "wang.fang", date = "2027-07-06", shiftId = night }, new { userName = "wang.fang", date = "2027-07-06", shiftId = london }), "entries[1]", "roster.overlap"),
            (Week(new { userName = "wang.fang", date = "2027-07-06", shiftId = early }, new { userName = "wang.fang", date = "2027-07-06", shiftId = early }), "entries[1]", "roster.overlap"),
            (Week(new { userName = "li.na", date = "2027-07-06", shiftId = early }), "entries[0].userName", "roster.user.not-member"),
            (Week(new { userName = "wang.fang", date = "2027-07-12", shiftId = early }), "entries[0].date", "roster.date.invalid"),
            (Week(new { userName = "wang.fang", date = "2027-07-06", shiftId = Guid.NewGuid() }), "entries[0].shiftId", "roster.shift.unknown"),
            (new { from = "2027-07-01", to = "2027-09-30", entries = Array.Empty<object>() }, "to", "roster.range.invalid"),
        })
        {
            var refused = await manager.PutAsJsonAsync("/api/teams/agent-l1/roster", bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await JsonAsync(refused);
            Assert.Equal((field, code), (problem.GetProperty("field").GetString(), problem.GetProperty("code").GetString()));
        }
        Assert.Equal(5, (await GetJsonAsync(manager, "/api/teams/agent-l1/roster?from=2027-07-05&to=2027-07-11")).GetProperty("entries").GetArrayLength());

        // New hours move every rostered day of the shift, unless someone would then work two shifts at once.
        var longer = await manager.PutAsJsonAsync($"/api/teams/agent-l1/shifts/{night}", new { name = "夜班", starts = "22:00", ends = "07:00" });
        Assert.Equal(HttpStatusCode.OK, longer.StatusCode);
        var into = await manager.PutAsJsonAsync($"/api/teams/agent-l1/shifts/{early}", new { name = "早班", starts = "08:00", ends = "17:00" });
        Assert.Equal(HttpStatusCode.BadRequest, into.StatusCode);
        var overlap = await JsonAsync(into);
        Assert.Equal(("roster.overlap", "ends"), (overlap.GetProperty("code").GetString(), overlap.GetProperty("field").GetString()));
        var week = (await GetJsonAsync(manager, "/api/teams/agent-l1/roster?from=2027-07-05&to=2027-07-11")).GetProperty("entries").EnumerateArray().ToList();
        Assert.Equal(At("2027-07-05T08:00Z"), week.Single(e => e.GetProperty("shift").GetString() == "早班").GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(At("2027-07-06T23:00Z"), week.Single(e => e.GetProperty("shift").GetString() == "夜班").GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal("08:00", (await GetJsonAsync(manager, "/api/teams/agent-l1/shifts")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == "早班")
            .GetProperty("starts").GetString());
        Assert.Equal("16:00", (await GetJsonAsync(manager, "/api/teams/agent-l1/shifts")).EnumerateArray().Single(s => s.GetProperty("name").GetString() == "早班")
            .GetProperty("ends").GetString());
    }

    [Fact]
    public async Task OnlyAgentsOnShiftGetWork_AndAtShiftEndUnclaimedWorkGoesBack()
    {
        await using var hosts = await StartAsync(cluster, "shifts_routing");
        var admin = await hosts.SignInAsync("admin");
        var wang = await hosts.OnlineAgentAsync(admin, "wang.fang", "agent-l1");
        await hosts.OnlineAgentAsync(admin, "li.na", "agent-l1", second: true);
        var (date, starts, ends) = ShiftAroundNow();
        var now = await CreateShiftAsync(admin, "agent-l1", "当班", starts, ends);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        (await admin.PutAsJsonAsync("/api/teams/agent-l1/roster", new
        {
            from = today.AddDays(-1).ToString("yyyy-MM-dd"), to = today.AddDays(3).ToString("yyyy-MM-dd"),
            entries = new[] { new { userName = "wang.fang", date, shiftId = now }, new { userName = "li.na", date = today.AddDays(3).ToString("yyyy-MM-dd"), shiftId = now } },
        })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/routing", new { mode = "round-robin", capacity = new { ticket = 5, chat = 2 }, offerTimeoutSeconds = 600 }))
            .EnsureSuccessStatusCode();

        var tasks = new[] { await OpenCaseAsync(admin, "email"), await OpenCaseAsync(admin, "phone"), await OpenCaseAsync(admin, "wechat") };
        Assert.True(await WithinAsync(2, async () => (await Task.WhenAll(tasks.Select(t => AssigneeAsync(admin, t)))).All(a => a == "wang.fang")),
            "the agent on shift did not get every task, the one off shift must get none");
        var floor = (await GetJsonAsync(admin, "/api/manager/floor")).GetProperty("agents").EnumerateArray().ToDictionary(a => a.GetProperty("userName").GetString()!);
        Assert.Equal("当班", floor["wang.fang"].GetProperty("shift").GetProperty("name").GetString());
        Assert.Equal("agent-l1", floor["wang.fang"].GetProperty("shift").GetProperty("team").GetString());
        Assert.Equal(JsonValueKind.Null, floor["li.na"].GetProperty("shift").ValueKind);

        // The shift is moved to later today: wang is off shift; the unclaimed offers go back (li is off shift too, so they wait), the claimed task stays.
        (await wang.PostAsync($"/api/tasks/{tasks[0]}/claim", null)).EnsureSuccessStatusCode();
        var later = TimeOnly.ParseExact(ends == "24:00" ? "00:00" : ends, "HH:mm");
        (await admin.PutAsJsonAsync($"/api/teams/agent-l1/shifts/{now}", new { name = "当班", starts = ShiftClock(later.AddHours(1)), ends = ShiftClock(later.AddHours(2), end: true) }))
            .EnsureSuccessStatusCode();
        Assert.True(await WithinAsync(5, async () => await AssigneeAsync(admin, tasks[1]) is null && await AssigneeAsync(admin, tasks[2]) is null), "unclaimed work did not go back");
        Assert.Equal("wang.fang", await AssigneeAsync(admin, tasks[0]));
        var instance = (await TaskAsync(admin, tasks[1])).GetProperty("instanceId").GetGuid();
        Assert.Contains((await GetJsonAsync(admin, $"/api/instances/{instance}")).GetProperty("journal").EnumerateArray(),
            j => j.GetProperty("kind").GetString() == "TaskOfferWithdrawn" && j.GetProperty("message").GetString()!.Contains("shift in agent-l1 ended"));
        await Task.Delay(600);
        Assert.Null(await AssigneeAsync(admin, tasks[1]));
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/teams/agent-l1/shifts/{now}")).StatusCode);
    }

    /// <summary>A shift of today's roster (Shanghai time) that began within the last hour and ends two hours on: (date, starts, ends).</summary>
    private static (string Date, string Starts, string Ends) ShiftAroundNow()
    {
        var local = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime.AddHours(-1);
        var start = new DateTime(local.Year, local.Month, local.Day, local.Hour, 0, 0);
        return (start.ToString("yyyy-MM-dd"), ShiftClock(TimeOnly.FromDateTime(start)), ShiftClock(TimeOnly.FromDateTime(start.AddHours(3)), end: true));
    }

    private static string ShiftClock(TimeOnly time, bool end = false) => end && time == TimeOnly.MinValue ? "24:00" : time.ToString("HH:mm");

    private static object Week(params object[] entries) => new { from = "2027-07-05", to = "2027-07-11", entries };

    private static DateTimeOffset At(string iso) => DateTimeOffset.Parse(iso);

    private static async Task<Guid> CreateShiftAsync(HttpClient client, string team, string name, string starts, string ends, string? timeZone = null)
    {
        var created = await client.PostAsJsonAsync($"/api/teams/{team}/shifts", new { name, starts, ends, timeZone });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await JsonAsync(created)).GetProperty("id").GetGuid();
    }
}
