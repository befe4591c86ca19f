using System.Net.Mail;

namespace Workflows.Desk.Channels.Chat;

/// <summary>Where a code goes: an email address (it has an @) or a phone number (digits, an optional leading +).</summary>
public sealed record ChatAddress(string Channel, string Address)
{
    public static ChatAddress? Parse(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Contains('@'))
            return trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var mail) && mail.Address == trimmed
                ? new ChatAddress(ContactChannels.Email, trimmed.ToLowerInvariant()) : null;
        // People write numbers with spaces and dashes; the number is its digits (and a country code's +).
        var compact = string.Concat(trimmed.Where(c => c is not (' ' or '-')));
        var digits = compact.StartsWith('+') ? compact[1..] : compact;
        return digits.Length is >= 6 and <= 20 && digits.All(char.IsAsciiDigit) ? new ChatAddress(ContactChannels.Phone, compact) : null;
    }

    /// <summary>The outbox kind that reaches this address.</summary>
    public string OutboxKind => ContactChannels.OutboxKind(Channel);
}
