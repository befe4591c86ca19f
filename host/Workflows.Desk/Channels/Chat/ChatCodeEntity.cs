namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// A one-time code sent to a customer's phone or email to open a chat. Only a hash of the code is kept; a code is
/// good for <see cref="ChatOptions.CodeValidFor"/> and <see cref="ChatOptions.MaxTries"/> guesses. Once verified, the
/// row is the customer's proof of identity that their chat token names.
/// </summary>
public sealed class ChatCodeEntity
{
    public Guid Id { get; set; }

    /// <summary><c>phone</c> or <c>email</c>: where the code went, and where a chat that became a ticket is answered.</summary>
    public required string Channel { get; set; }
    public required string Address { get; set; }
    public required string CodeHash { get; set; }
    public int Attempts { get; set; }
    public required string Language { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? VerifiedAt { get; set; }

    /// <summary>The customer the verified address belongs to (found by the contact point, or made for it).</summary>
    public Guid? CustomerId { get; set; }
}
