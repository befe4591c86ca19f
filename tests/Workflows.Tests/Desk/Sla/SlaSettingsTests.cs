using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Desk.Sla;

/// <summary>
/// SLA policies, business weeks and holiday years edited through the API on a host and database of their own:
/// bad input refused by field with nothing saved, due times computed in business time from what is stored, and a
/// changed policy recomputing open cases — their targets, the flow's deadline and its SLA timers — on request.
/// </summary>
[Collection(SoloHostCollection.Name)]
public sealed class SlaSettingsTests(ClusterFixture cluster)
{
    private static async Task<(SoloDesk Desk, HttpClient Admin)> StartAsync(ClusterFixture cluster, string name)
    {
        var desk = await SoloDesk.StartAsync(cluster, name);
        return (desk, await desk.SignInAsync("admin"));
    }

    private static async Task AssertRefusedAsync(HttpResponseMessage response, string field, string code)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await JsonAsync(response);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    private static object Policy(string priority = "normal", string? segment = null, string? channel = null, int first = 10, int resolution = 600,
        bool businessHours = false) =>
        new { priority, segment, channel, firstResponseMinutes = first, resolutionMinutes = resolution, businessHoursOnly = businessHours };

    [Fact]
    public async Task BadPoliciesWeeksAndHolidayFiles_AreRefusedByField_AndNothingIsSaved()
    {
        var (host, admin) = await StartAsync(cluster, "sla_bad_input");
        await using var _ = host;
        var policies = await GetJsonAsync(admin, "/api/admin/sla/policies");
        foreach (var (body, field, code) in new (object, string, string)[]
        {
            (Policy(first: 30, resolution: 20), "resolutionMinutes", "sla.resolution.shorter"),
            (Policy(priority: "whenever"), "priority", "sla.priority.unknown"),
            (Policy(segment: "gold"), "segment", "sla.segment.unknown"),
            (Policy(channel: "fax"), "channel", "sla.channel.unknown"),
            (Policy(first: 0), "firstResponseMinutes", "sla.minutes.invalid"),
            (Policy(segment: "vip"), "segment", "sla.policy.duplicate"),
        })
            await AssertRefusedAsync(await admin.PostAsJsonAsync("/api/admin/sla/policies", body), field, code);
        Assert.Equal(policies.GetArrayLength(), (await GetJsonAsync(admin, "/api/admin/sla/policies")).GetArrayLength());

        var general = (await GetJsonAsync(admin, "/api/admin/sla/policies")).EnumerateArray()
            .First(p => p.GetProperty("priority").GetString() == "normal" && p.GetProperty("segment").ValueKind == JsonValueKind.Null);
        var id = general.GetProperty("id").GetGuid();
        await AssertRefusedAsync(await admin.PutAsJsonAsync($"/api/admin/sla/policies/{id}", Policy(first: 60, resolution: 30)), "resolutionMinutes", "sla.resolution.shorter");
        Assert.Equal(10, (await GetJsonAsync(admin, "/api/admin/sla/policies")).EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id)
            .GetProperty("firstResponseMinutes").GetInt32());
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/admin/sla/policies/{id}")).StatusCode);

        foreach (var (days, field, code) in new (object[], string, string)[]
        {
            ([new { day = "Monday", open = "09:00", close = "18:00" }, new { day = "Tuesday", open = "18:00", close = "09:00" }], "days[1].close", "hours.close.before-open"),
            ([new { day = "Monday", open = "9am", close = "18:00" }], "days[0].open", "hours.time.invalid"),
            ([new { day = "Monday", open = "09:00", close = "18:00" }, new { day = "Monday", open = "10:00", close = "12:00" }], "days[1].day", "hours.day.twice"),
        })
            await AssertRefusedAsync(await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/business-hours", new { timeZone = "Asia/Shanghai", days }), field, code);
        Assert.False((await GetJsonAsync(admin, "/api/admin/teams/agent-l1/business-hours")).GetProperty("own").GetBoolean());

        foreach (var (days, field, code) in new (object[], string, string)[]
        {
            ([new { date = "2028-01-01", kind = "holiday", name = "元旦" }, new { date = "2028-02-30", kind = "holiday", name = "春节" }], "days[1].date", "calendar.date.invalid"),
            ([new { date = "2029-01-01", kind = "holiday", name = "元旦" }], "days[0].date", "calendar.date.other-year"),
            ([new { date = "2028-01-26", kind = "workday", name = "调休" }], "days[0].kind", "calendar.workday.weekday"),
            ([new { date = "2028-01-01", kind = "day-off", name = "元旦" }], "days[0].kind", "calendar.kind.unknown"),
            ([new { date = "2028-01-01", kind = "holiday", name = "元旦" }, new { date = "2028-01-01", kind = "holiday", name = "元旦" }], "days[1].date", "calendar.date.twice"),
        })
            await AssertRefusedAsync(await admin.PutAsJsonAsync("/api/admin/holidays/2028", new { year = 2028, days }), field, code);
        Assert.Equal(0, (await GetJsonAsync(admin, "/api/admin/holidays/2028")).GetArrayLength());
        Assert.Equal(39, (await GetJsonAsync(admin, "/api/admin/holidays/2026")).GetArrayLength());
    }

    [Fact]
    public async Task DueTimes_RunInTheStoredBusinessWeekAndHolidays()
    {
        var (host, admin) = await StartAsync(cluster, "sla_business_time");
        await using var _ = host;
        (await admin.PostAsJsonAsync("/api/admin/sla/policies", Policy(segment: "merchant", channel: "email", first: 10, resolution: 120, businessHours: true)))
            .EnsureSuccessStatusCode();
        async Task<DateTimeOffset> DueAsync(string openedAt) =>
            (await GetJsonAsync(admin, $"/api/admin/sla/preview?priority=normal&segment=merchant&channel=email&openedAt={Uri.EscapeDataString(openedAt)}"))
            .GetProperty("firstResponseDueAt").GetDateTimeOffset();

        Assert.Equal(DateTimeOffset.Parse("2026-04-07T09:05:00+08:00"), await DueAsync("2026-04-03T17:55:00+08:00"));
        Assert.Equal(DateTimeOffset.Parse("2026-05-09T10:10:00+08:00"), await DueAsync("2026-05-09T10:00:00+08:00"));

        // An imported year replaces what was there; a 调休 Sunday in it runs the clock.
        (await admin.PutAsJsonAsync("/api/admin/holidays/2028", new
        {
            year = 2028, days = new[] { new { date = "2028-01-03", kind = "holiday", name = "元旦" }, new { date = "2028-01-09", kind = "workday", name = "调休" } },
        })).EnsureSuccessStatusCode();
        Assert.Equal(DateTimeOffset.Parse("2028-01-04T09:05:00+08:00"), await DueAsync("2027-12-31T17:55:00+08:00"));
        Assert.Equal(DateTimeOffset.Parse("2028-01-09T11:10:00+08:00"), await DueAsync("2028-01-09T11:00:00+08:00"));

        // The front line's own week: 08:00–20:00 and Saturdays, in Shanghai.
        var week = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" }.Select(day => new { day, open = "08:00", close = "20:00" });
        (await admin.PutAsJsonAsync("/api/admin/teams/agent-l1/business-hours", new { timeZone = "Asia/Shanghai", days = week })).EnsureSuccessStatusCode();
        Assert.Equal(DateTimeOffset.Parse("2026-05-16T10:10:00+08:00"), await DueAsync("2026-05-16T10:00:00+08:00"));
        Assert.Equal(DateTimeOffset.Parse("2026-05-18T08:05:00+08:00"), await DueAsync("2026-05-16T19:55:00+08:00"));
        // Policies for other segments or channels are untouched by this one.
        var consumer = await GetJsonAsync(admin, "/api/admin/sla/preview?priority=normal&segment=consumer&channel=email&openedAt=2026-05-16T10:00:00%2B08:00");
        Assert.Equal(DateTimeOffset.Parse("2026-05-16T10:10:00+08:00"), consumer.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.False(consumer.GetProperty("policy").GetProperty("businessHoursOnly").GetBoolean());
    }

    [Fact]
    public async Task ChangingAPolicy_WithRecompute_MovesOpenCasesAndTheirTimers()
    {
        var (host, admin) = await StartAsync(cluster, "sla_recompute");
        await using var _ = host;
        var opened = await admin.PostAsJsonAsync("/api/cases", new
        {
            channel = "email", customer = new { email = "li.na@example.cn", name = "Li Na", segment = "partner", language = "zh-CN" },
            subject = "对账问题", description = "请帮我核对上月的结算单",
        });
        opened.EnsureSuccessStatusCode();
        var caseId = (await JsonAsync(opened)).GetProperty("case").GetProperty("id").GetGuid();
        var before = (await GetJsonAsync(admin, $"/api/cases/{caseId}")).GetProperty("case");
        Assert.Equal("normal", before.GetProperty("priority").GetString());
        var created = before.GetProperty("createdAt").GetDateTimeOffset();
        var instanceId = before.GetProperty("instanceId").GetGuid();

        // A new policy for partners, saved without recompute: the open case keeps its targets.
        var saved = await admin.PostAsJsonAsync("/api/admin/sla/policies", Policy(segment: "partner", first: 45, resolution: 900));
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var policyId = (await JsonAsync(saved)).GetProperty("policy").GetProperty("id").GetGuid();
        Assert.Equal(0, (await JsonAsync(saved)).GetProperty("recomputed").GetInt32());
        Assert.Equal(before.GetProperty("firstResponseDueAt").GetDateTimeOffset(), (await GetJsonAsync(admin, $"/api/cases/{caseId}")).GetProperty("case").GetProperty("firstResponseDueAt").GetDateTimeOffset());

        // Changed again, with recompute: the case, the flow's slaDueAt and the first-response timers move.
        var changed = await admin.PutAsJsonAsync($"/api/admin/sla/policies/{policyId}?recompute=true", Policy(segment: "partner", first: 60, resolution: 900));
        changed.EnsureSuccessStatusCode();
        Assert.Equal(1, (await JsonAsync(changed)).GetProperty("recomputed").GetInt32());
        var after = (await GetJsonAsync(admin, $"/api/cases/{caseId}")).GetProperty("case");
        Assert.Equal(created.AddMinutes(60), after.GetProperty("firstResponseDueAt").GetDateTimeOffset());
        Assert.Equal(created.AddMinutes(900), after.GetProperty("resolutionDueAt").GetDateTimeOffset());

        var instance = await GetJsonAsync(admin, $"/api/instances/{instanceId}");
        Assert.Equal(created.AddMinutes(60), DateTimeOffset.Parse(instance.GetProperty("variables").GetProperty("slaDueAt").GetString()!));
        var timers = instance.GetProperty("pendingTimers").EnumerateArray().ToDictionary(t => t.GetProperty("nodeId").GetString()!, t => t.GetProperty("dueAt").GetDateTimeOffset());
        Assert.Equal(created.AddMinutes(60), timers["sla_breached"]);
        Assert.Equal(created.AddMinutes(48), timers["sla_warning"]);
        Assert.Contains(instance.GetProperty("journal").EnumerateArray(), j => j.GetProperty("message").GetString()!.Contains("moved"));
    }
}
