using Workflows.Desk.Calls;
using Workflows.Desk.Channels;

namespace Workflows.Desk.Cases;

/// <summary>
/// A contact arriving on a channel: who (any identifier we may know them by) and what; on the phone channel, the
/// call itself, logged with the case it opens.
/// </summary>
public sealed record IntakeRequest(string? Channel, CustomerReference? Customer, string? Subject, string? Description, string? Priority,
    string? MerchantRef, string? Region, string? ResponseCode, CallRequest? Call = null);

/// <summary>
/// Who is calling: our id for them, or a contact point on some channel. Name, language and segment describe a
/// customer we have not met yet.
/// </summary>
public sealed record CustomerReference(Guid? Id, string? Phone, string? Email, string? WeChat, string? Chat, string? Name, string? Language, string? Segment)
{
    public IEnumerable<(string Channel, string Address)> ContactPoints()
    {
        if (!string.IsNullOrWhiteSpace(Phone)) yield return (ContactChannels.Phone, Phone.Trim());
        if (!string.IsNullOrWhiteSpace(Email)) yield return (ContactChannels.Email, Email.Trim().ToLowerInvariant());
        if (!string.IsNullOrWhiteSpace(WeChat)) yield return (ContactChannels.WeChat, WeChat.Trim());
        if (!string.IsNullOrWhiteSpace(Chat)) yield return (ContactChannels.Chat, Chat.Trim());
    }
}
