using System.Text.Json.Serialization;

namespace Workflows.Desk.Sla;

/// <summary>A weekday's hours as the API and the table spell them: <c>{"day": "monday", "open": "09:00", "close": "18:00"}</c>.</summary>
public sealed record WeekdayHours(
    [property: JsonConverter(typeof(JsonStringEnumConverter<DayOfWeek>))] DayOfWeek Day,
    string Open,
    string Close);
