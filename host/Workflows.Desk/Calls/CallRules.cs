using System.Text.RegularExpressions;
using Workflows.Server.Problems;

namespace Workflows.Desk.Calls;

/// <summary>What a logged call must look like before anything is written; each broken rule names its field.</summary>
public static partial class CallRules
{
    public const int MaxNotes = 4000;

    /// <summary>Twelve hours: longer is a typing slip (seconds typed as minutes), not a call.</summary>
    public const int MaxDurationSeconds = 12 * 3600;

    /// <summary>The first broken rule; <paramref name="prefix"/> is where the call sits in the request (<c>call.</c> in an intake).</summary>
    public static Mistake? Check(CallRequest call, DateTimeOffset now, string prefix = "")
    {
        if (call.Direction is not ("inbound" or "outbound"))
            return Mistake.Of("call.direction.unknown", prefix + "direction", "Say whether the customer called (inbound) or was called (outbound).",
                ("direction", call.Direction));
        if (string.IsNullOrWhiteSpace(call.Number) || !NumberPattern().IsMatch(call.Number.Trim())
            || Normalise(call.Number).Count(char.IsAsciiDigit) is < 3 or > 20)
            return Mistake.Of("call.number.invalid", prefix + "number", "Give the phone number: 3 to 20 digits, optionally with a leading + and spaces or dashes.",
                ("number", call.Number));
        if (call.DurationSeconds is not { } seconds || seconds is < 0 or > MaxDurationSeconds)
            return Mistake.Of("call.duration.invalid", prefix + "durationSeconds", $"Give the call's length in seconds, 0 to {MaxDurationSeconds:N0}.",
                ("max", MaxDurationSeconds));
        if (call.Notes is { Length: > MaxNotes })
            return Mistake.Of("call.notes.too-long", prefix + "notes", $"The notes are {call.Notes.Length:N0} characters; at most {MaxNotes:N0} fit.",
                ("length", call.Notes.Length), ("max", MaxNotes));
        if (call.StartedAt is { } started && started > now.AddMinutes(5))
            return Mistake.Of("call.started-at.future", prefix + "startedAt", "A call that is logged has already started: the start is in the future.");
        return null;
    }

    /// <summary>The number as stored and matched: digits and a leading +, nothing else.</summary>
    public static string Normalise(string number) => new([.. number.Trim().Where(c => char.IsAsciiDigit(c) || c == '+')]);

    [GeneratedRegex(@"^\+?[0-9][0-9 ()-]{1,28}$")]
    private static partial Regex NumberPattern();
}
