using Workflows.Desk.Sla;

namespace Workflows.Desk.Support;

/// <summary>The <c>Support</c> configuration section: the waits of the support flow and where links point.</summary>
public sealed class SupportOptions
{
    public const string Section = "Support";

    /// <summary>How long after resolution the survey goes out (ISO 8601 duration).</summary>
    public string SurveyDelay { get; set; } = "PT24H";

    /// <summary>How long a survey link works and the flow waits for the answer.</summary>
    public string SurveyValidFor { get; set; } = "P7D";

    /// <summary>How long after resolution complaints and disputes get their callback (回访) task.</summary>
    public string CallbackDelay { get; set; } = "P3D";

    /// <summary>How long an agent has to make a callback once its task opens; later, it is overdue on the manager's stuck list.</summary>
    public string CallbackDue { get; set; } = "P1D";

    /// <summary>
    /// The address customers reach the host at, for survey links (e.g. https://support.example.cn). Unset, links use
    /// the address the host listens on (<see cref="Surveys.PublicAddress"/>).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>The team whose business hours run business-hours SLA clocks: the front line that answers a case first.</summary>
    public string SlaTeam { get; set; } = "agent-l1";

    /// <summary>Written to sla_policies when that table is empty; managers edit the table afterwards.</summary>
    public List<SlaPolicySeed> SlaPolicies { get; set; } =
    [
        new() { Priority = "urgent", FirstResponse = TimeSpan.FromMinutes(2), Resolution = TimeSpan.FromHours(4) },
        new() { Priority = "normal", FirstResponse = TimeSpan.FromMinutes(10), Resolution = TimeSpan.FromHours(24) },
        new() { Priority = "normal", Segment = "vip", FirstResponse = TimeSpan.FromMinutes(5), Resolution = TimeSpan.FromHours(8) },
        new() { Priority = "normal", Segment = "merchant", FirstResponse = TimeSpan.FromMinutes(10), Resolution = TimeSpan.FromHours(16), BusinessHoursOnly = true },
    ];
}

/// <summary>One SLA policy as configuration spells it.</summary>
public sealed class SlaPolicySeed
{
    public string Priority { get; set; } = "normal";
    public string? Segment { get; set; }
    public TimeSpan FirstResponse { get; set; }
    public TimeSpan Resolution { get; set; }
    public double WarnAt { get; set; } = 0.8;
    public bool BusinessHoursOnly { get; set; }
    public string? Channel { get; set; }

    public SlaPolicyEntity ToEntity() => new()
    {
        Id = Guid.CreateVersion7(), Priority = Priority, Segment = Segment, FirstResponse = FirstResponse, Resolution = Resolution,
        WarnAt = WarnAt, BusinessHoursOnly = BusinessHoursOnly, Channel = Channel,
    };
}
