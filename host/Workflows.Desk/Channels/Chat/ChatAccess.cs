using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>The customer behind a request to <c>/api/chat</c>: their token's identity and their open chat, or why they may not go on.</summary>
public sealed class ChatAccess(DeskDbContext db, ChatTokens tokens, ChatStart start, TimeProvider clock)
{
    public async Task<(ChatTokens.Identity? Identity, IResult? Refusal)> IdentityAsync(HttpRequest request, CancellationToken ct) =>
        await tokens.ReadAsync(db, request.Cookies[ChatTokens.CookieName], clock.GetUtcNow(), ct) is { } identity
            ? (identity, null)
            : (null, Problem.Field(Mistake.Of("chat.identity.required", "code", "Prove the phone number or email address first: ask for a code."),
                StatusCodes.Status401Unauthorized));

    public async Task<(ChatStart.ChatView? Chat, IResult? Refusal)> ChatAsync(HttpRequest request, CancellationToken ct)
    {
        var (identity, refusal) = await IdentityAsync(request, ct);
        if (identity is null) return (null, refusal);
        return await start.CurrentAsync(identity, ct) is { } chat
            ? (chat, null)
            : (null, Problem.Field(Mistake.Of("chat.not-started", "chat", "There is no open chat; start one with a first message."), StatusCodes.Status404NotFound));
    }

    /// <summary>The token as an http-only cookie for the chat's API only; same-site, so no other site's page can use it.</summary>
    public static void Issue(HttpResponse response, string token, TimeSpan validFor) => response.Cookies.Append(ChatTokens.CookieName, token, new CookieOptions
    {
        HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = response.HttpContext.Request.IsHttps, Path = "/api/chat", MaxAge = validFor, IsEssential = true,
    });
}
