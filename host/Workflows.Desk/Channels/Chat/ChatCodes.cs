using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Customers;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Outbox;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// Who is on the chat page: a six-digit code goes through the outbox to the phone (SMS) or email address the customer
/// gives, and proves it is theirs. Only a hash of the code is stored; it expires, survives a few wrong guesses, and an
/// address is sent only so many codes. The answer never says whether we know the address.
/// </summary>
public sealed class ChatCodes(DeskDbContext db, DatabaseSession session, OutboxWriter outbox, IOptions<ChatOptions> options, TimeProvider clock,
    ILogger<ChatCodes> log)
{
    public sealed record ChatCodeSent(string Channel, DateTimeOffset ExpiresAt);

    private static readonly string Claim = $"UPDATE {DeskTables.ChatCodes} SET verified_at = {{1}} WHERE id = {{0}} AND verified_at IS NULL";
    private static readonly string CountTry = $"UPDATE {DeskTables.ChatCodes} SET attempts = attempts + 1 WHERE id = {{0}} AND attempts < {{1}} RETURNING attempts AS \"Value\"";

    public async Task<IResult> SendAsync(string? text, string? language, CancellationToken ct)
    {
        if (ChatAddress.Parse(text) is not { } address)
            return Problem.Field(Mistake.Of("chat.address.invalid", "address", "Give a mobile number or an email address."));
        var (o, now) = (options.Value, clock.GetUtcNow());
        var since = now - o.CodeWindow;
        if (await db.ChatCodes.CountAsync(c => c.Address == address.Address && c.CreatedAt > since, ct) >= o.CodesPerAddress)
            return Problem.Field(Mistake.Of("chat.code.too-many", "address", $"This address was sent {o.CodesPerAddress} codes recently; wait a few minutes.",
                ("retryAfterSeconds", (int)o.CodeWindow.TotalSeconds)), StatusCodes.Status429TooManyRequests);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        var row = new ChatCodeEntity
        {
            Id = Guid.CreateVersion7(), Channel = address.Channel, Address = address.Address, CodeHash = "", Language = ChatTexts.Language(language),
            CreatedAt = now, ExpiresAt = now + o.CodeValidFor,
        };
        row.CodeHash = Hash(row.Id, code);
        db.ChatCodes.Add(row);
        var (subject, body) = ChatTexts.Code(row.Language, code, o.CodeValidFor);
        outbox.Add(null, address.OutboxKind, new { to = address.Address, subject, body, kind = "chat-code" });
        await session.SaveChangesAsync(ct);
        return Results.Accepted(null, new ChatCodeSent(address.Channel, row.ExpiresAt));
    }

    /// <summary>The verified code, with its customer found by the address (or made for it); or why not.</summary>
    public async Task<(ChatCodeEntity? Code, IResult? Refusal)> VerifyAsync(string? text, string? code, string? name, CancellationToken ct)
    {
        if (ChatAddress.Parse(text) is not { } address)
            return (null, Problem.Field(Mistake.Of("chat.address.invalid", "address", "Give a mobile number or an email address.")));
        var now = clock.GetUtcNow();
        var row = await db.ChatCodes.Where(c => c.Address == address.Address && c.VerifiedAt == null).OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);
        if (row is null || row.ExpiresAt <= now)
            return (null, Problem.Field(Mistake.Of("chat.code.expired", "code", "This code has expired or was never sent; ask for a new one.")));
        // Counted before it is compared, atomically: parallel guesses cannot share one try.
        var tries = await db.Database.SqlQueryRaw<int>(CountTry, row.Id, options.Value.MaxTries).ToListAsync(ct);
        if (tries.Count == 0)
            return (null, Problem.Field(Mistake.Of("chat.code.tries-exhausted", "code", "Too many wrong codes; ask for a new one."), StatusCodes.Status429TooManyRequests));
        if (code is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(row.Id, code.Trim())), Encoding.ASCII.GetBytes(row.CodeHash)))
        {
            log.LogInformation("Wrong chat code for {Channel} address, try {Try}.", row.Channel, tries[0]);
            return (null, Problem.Field(Mistake.Of("chat.code.wrong", "code", "That is not the code we sent.", ("triesLeft", options.Value.MaxTries - tries[0]))));
        }
        // Claimed first, under the row's lock: of two requests with the same code at once, one wins and the other is told the
        // code is used, rather than both going on (and both making the new customer).
        await using var transaction = await session.BeginAsync(ct);
        if (await db.Database.ExecuteSqlRawAsync(Claim, [row.Id, now], ct) == 0)
            return (null, Problem.Field(Mistake.Of("chat.code.expired", "code", "This code has expired or was never sent; ask for a new one.")));
        row.VerifiedAt = now;
        row.CustomerId = await CustomerIdAsync(address, row.Language, name, ct);
        await session.FlushAsync(ct);
        await transaction.CommitAsync(ct);
        return (row, null);
    }

    private async Task<Guid> CustomerIdAsync(ChatAddress address, string language, string? name, CancellationToken ct)
    {
        var known = await db.CustomerContacts.AsNoTracking().Where(c => c.Channel == address.Channel && c.Address == address.Address)
            .Select(c => (Guid?)c.CustomerId).FirstOrDefaultAsync(ct);
        if (known is { } id) return id;
        var customer = new CustomerEntity
        {
            Id = Guid.CreateVersion7(), Name = name?.Trim() is { Length: > 0 and <= 100 } given ? given : ChatTexts.NewCustomerName(address),
            Segment = CustomerSegments.Consumer, Language = language, CreatedAt = clock.GetUtcNow(),
            PhoneLast4 = address.Channel == ContactChannels.Phone ? address.Address[^4..] : null,
        };
        customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = address.Channel, Address = address.Address });
        db.Customers.Add(customer);
        return customer.Id;
    }

    private static string Hash(Guid id, string code) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{id:N}:{code}")));
}
