using System.Text.RegularExpressions;
using Workflows.Desk.Customers;

using Workflows.Desk.Channels;

namespace Workflows.Desk.Cases;

/// <summary>What a contact must look like before anything is written; each broken rule names its field.</summary>
public static partial class IntakeRules
{
    public const int MaxSubject = 200;
    public const int MaxDescription = 10_000;

    public static (string Field, string Message)? Check(IntakeRequest request, string? idempotencyKey)
    {
        if (idempotencyKey is not null && !KeyPattern().IsMatch(idempotencyKey))
            return ("Idempotency-Key", "The Idempotency-Key header must be 8 to 100 letters, digits or . _ : - (a UUID is ideal).");
        if (string.IsNullOrWhiteSpace(request.Channel)) return ("channel", $"Say which channel the contact came through: {string.Join(", ", ContactChannels.All)}.");
        if (!ContactChannels.All.Contains(request.Channel)) return ("channel", $"'{request.Channel}' is not a channel; use one of {string.Join(", ", ContactChannels.All)}.");
        if (request.Customer is null) return ("customer", "Say who the customer is: their id, or a phone number, email, WeChat or chat id.");
        if (request.Customer.Id is null && !request.Customer.ContactPoints().Any())
            return ("customer", "Give the customer's id or at least one contact point (phone, email, weChat, chat).");
        if (request.Customer.Language is { } language && language is not ("zh-CN" or "en"))
            return ("customer.language", "The customer's language must be zh-CN or en.");
        if (request.Customer.Segment is { } segment && !CustomerSegments.All.Contains(segment))
            return ("customer.segment", $"'{segment}' is not a segment; use one of {string.Join(", ", CustomerSegments.All)}.");
        if (string.IsNullOrWhiteSpace(request.Subject)) return ("subject", "Give the contact a subject.");
        if (request.Subject.Length > MaxSubject) return ("subject", $"The subject is {request.Subject.Length} characters; at most {MaxSubject} fit.");
        if (string.IsNullOrWhiteSpace(request.Description)) return ("description", "Describe what the customer needs.");
        if (request.Description.Length > MaxDescription)
            return ("description", $"The description is {request.Description.Length:N0} characters; at most {MaxDescription:N0} fit. Attach long texts as messages.");
        if (request.Priority is not (null or "urgent" or "normal")) return ("priority", "The priority must be urgent or normal (or left out to be judged from the text).");
        return null;
    }

    /// <summary>Chinese text in the contact means a Chinese-speaking customer, unless they said otherwise.</summary>
    public static string GuessLanguage(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh-CN" : "en";

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,100}$")]
    private static partial Regex KeyPattern();
}
