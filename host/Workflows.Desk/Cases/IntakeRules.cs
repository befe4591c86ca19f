using System.Text.RegularExpressions;
using Workflows.Desk.Calls;
using Workflows.Desk.Customers;

using Workflows.Desk.Channels;
using Workflows.Server.Problems;

namespace Workflows.Desk.Cases;

/// <summary>What a contact must look like before anything is written; each broken rule names its field.</summary>
public static partial class IntakeRules
{
    public const int MaxSubject = 200;
    public const int MaxDescription = 10_000;

    /// <summary>The first broken rule, with its code (case.{field}.{what}) and the values a translation needs.</summary>
    public static Mistake? Check(IntakeRequest request, string? idempotencyKey, DateTimeOffset now)
    {
        var channels = string.Join(", ", ContactChannels.All);
        if (idempotencyKey is not null && !KeyPattern().IsMatch(idempotencyKey))
            return Mistake.Of("case.idempotency-key.invalid", "Idempotency-Key", "The Idempotency-Key header must be 8 to 100 letters, digits or . _ : - (a UUID is ideal).");
        if (string.IsNullOrWhiteSpace(request.Channel))
            return Mistake.Of("case.channel.required", "channel", $"Say which channel the contact came through: {channels}.", ("channels", channels));
        if (!ContactChannels.All.Contains(request.Channel))
            return Mistake.Of("case.channel.unknown", "channel", $"'{request.Channel}' is not a channel; use one of {channels}.", ("channel", request.Channel), ("channels", channels));
        if (request.Customer is null)
            return Mistake.Of("case.customer.required", "customer", "Say who the customer is: their id, or a phone number, email, WeChat or chat id.");
        if (request.Customer.Id is null && !request.Customer.ContactPoints().Any())
            return Mistake.Of("case.customer.contact-required", "customer", "Give the customer's id or at least one contact point (phone, email, weChat, chat).");
        if (request.Customer.Language is { } language && language is not ("zh-CN" or "en"))
            return Mistake.Of("case.customer.language.unknown", "customer.language", "The customer's language must be zh-CN or en.", ("language", language));
        if (request.Customer.Segment is { } segment && !CustomerSegments.All.Contains(segment))
            return Mistake.Of("case.customer.segment.unknown", "customer.segment", $"'{segment}' is not a segment; use one of {string.Join(", ", CustomerSegments.All)}.",
                ("segment", segment), ("segments", string.Join(", ", CustomerSegments.All)));
        if (string.IsNullOrWhiteSpace(request.Subject)) return Mistake.Of("case.subject.required", "subject", "Give the contact a subject.");
        if (request.Subject.Length > MaxSubject)
            return Mistake.Of("case.subject.too-long", "subject", $"The subject is {request.Subject.Length} characters; at most {MaxSubject} fit.",
                ("length", request.Subject.Length), ("max", MaxSubject));
        if (string.IsNullOrWhiteSpace(request.Description)) return Mistake.Of("case.description.required", "description", "Describe what the customer needs.");
        if (request.Description.Length > MaxDescription)
            return Mistake.Of("case.description.too-long", "description",
                $"The description is {request.Description.Length:N0} characters; at most {MaxDescription:N0} fit. Attach long texts as messages.",
                ("length", request.Description.Length), ("max", MaxDescription));
        if (request.Priority is not (null or "urgent" or "normal"))
            return Mistake.Of("case.priority.unknown", "priority", "The priority must be urgent or normal (or left out to be judged from the text).", ("priority", request.Priority));
        if (request.Call is not null && request.Channel != ContactChannels.Phone)
            return Mistake.Of("case.call.channel", "call", "Only a case opened on the phone channel comes with a call.", ("channel", request.Channel));
        return request.Call is null ? null : CallRules.Check(request.Call, now, "call.");
    }

    /// <summary>Chinese text in the contact means a Chinese-speaking customer, unless they said otherwise.</summary>
    public static string GuessLanguage(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff') ? "zh-CN" : "en";

    [GeneratedRegex("^[A-Za-z0-9._:-]{8,100}$")]
    private static partial Regex KeyPattern();
}
