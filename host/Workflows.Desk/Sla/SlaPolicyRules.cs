using Workflows.Activities.Diagnosis;
using Workflows.Desk.Channels;
using Workflows.Desk.Customers;
using Workflows.Server.Problems;

namespace Workflows.Desk.Sla;

/// <summary>What an SLA policy may be: a known priority, segment and channel, positive targets, resolution no sooner than first response.</summary>
public static class SlaPolicyRules
{
    private const int MaxMinutes = 60 * 24 * 90;

    public static (SlaPolicyEntity? Policy, Mistake? Mistake) Check(SlaPolicyInput input)
    {
        if (CheckScope(input.Priority, input.Segment, input.Channel) is { } scope) return (null, scope);
        if (input.FirstResponseMinutes is not { } first || first is < 1 or > MaxMinutes)
            return Wrong("sla.minutes.invalid", "firstResponseMinutes", $"firstResponseMinutes is a whole number of minutes from 1 to {MaxMinutes}.", input.FirstResponseMinutes);
        if (input.ResolutionMinutes is not { } resolution || resolution is < 1 or > MaxMinutes)
            return Wrong("sla.minutes.invalid", "resolutionMinutes", $"resolutionMinutes is a whole number of minutes from 1 to {MaxMinutes}.", input.ResolutionMinutes);
        if (resolution < first)
            return (null, Mistake.Of("sla.resolution.shorter", "resolutionMinutes", "The resolution target cannot be shorter than the first-response target.",
                ("resolution", resolution), ("firstResponse", first)));
        if (input.WarnAtPercent is { } warn and not (>= 1 and <= 99))
            return Wrong("sla.warn-at.invalid", "warnAtPercent", "warnAtPercent is between 1 and 99 (per cent of the first-response target).", warn);
        return (new SlaPolicyEntity
        {
            Priority = input.Priority!, Segment = input.Segment, Channel = input.Channel, FirstResponse = TimeSpan.FromMinutes(first),
            Resolution = TimeSpan.FromMinutes(resolution), WarnAt = (input.WarnAtPercent ?? 80) / 100.0, BusinessHoursOnly = input.BusinessHoursOnly ?? false,
            PauseWhileWaiting = input.PauseWhileWaiting ?? true,
        }, null);
    }

    /// <summary>Which cases a policy (or a preview) is about: a known priority, and a known segment and channel where given.</summary>
    public static Mistake? CheckScope(string? priority, string? segment, string? channel) =>
        priority is not (DiagnosisRules.Urgent or DiagnosisRules.Normal) ? Mistake.Of("sla.priority.unknown", "priority", "priority is urgent or normal.", ("value", priority))
        : segment is not null && !CustomerSegments.All.Contains(segment)
            ? Mistake.Of("sla.segment.unknown", "segment", $"segment is one of {string.Join(", ", CustomerSegments.All)}, or left out for every segment.", ("value", segment))
        : channel is not null && !ContactChannels.All.Contains(channel)
            ? Mistake.Of("sla.channel.unknown", "channel", $"channel is one of {string.Join(", ", ContactChannels.All)}, or left out for every channel.", ("value", channel))
        : null;

    private static (SlaPolicyEntity?, Mistake?) Wrong(string code, string field, string message, object? value) =>
        (null, Mistake.Of(code, field, message, ("value", value)));
}
