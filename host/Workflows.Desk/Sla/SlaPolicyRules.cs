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
        if (input.Priority is not (DiagnosisRules.Urgent or DiagnosisRules.Normal))
            return Wrong("sla.priority.unknown", "priority", "priority is urgent or normal.", input.Priority);
        if (input.Segment is not null && !CustomerSegments.All.Contains(input.Segment))
            return Wrong("sla.segment.unknown", "segment", $"segment is one of {string.Join(", ", CustomerSegments.All)}, or left out for every segment.", input.Segment);
        if (input.Channel is not null && !ContactChannels.All.Contains(input.Channel))
            return Wrong("sla.channel.unknown", "channel", $"channel is one of {string.Join(", ", ContactChannels.All)}, or left out for every channel.", input.Channel);
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
            Priority = input.Priority, Segment = input.Segment, Channel = input.Channel, FirstResponse = TimeSpan.FromMinutes(first),
            Resolution = TimeSpan.FromMinutes(resolution), WarnAt = (input.WarnAtPercent ?? 80) / 100.0, BusinessHoursOnly = input.BusinessHoursOnly ?? false,
            PauseWhileWaiting = input.PauseWhileWaiting ?? true,
        }, null);
    }

    private static (SlaPolicyEntity?, Mistake?) Wrong(string code, string field, string message, object? value) =>
        (null, Mistake.Of(code, field, message, ("value", value)));
}
