using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Workflows.Desk.Attachments;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// <c>/api/chat</c>: the customer page's API, anonymous until a code proves the phone or email, then scoped by the chat
/// cookie to that customer's own chat. Codes are rate-limited per IP address (and per address in <see cref="ChatCodes"/>),
/// everything else per customer.
/// </summary>
public static class ChatEndpoints
{
    public const string CodePolicy = "chat-codes", MessagePolicy = "chat-messages";

    public sealed record ChatCodeRequest(string? Address, string? Language);
    public sealed record ChatVerifyRequest(string? Address, string? Code, string? Name);
    public sealed record ChatStartRequest(string? Message);
    public sealed record ChatMessageRequest(string? Body);
    public sealed record ChatSessionView(bool Verified, ChatStart.ChatView? Chat);

    public static void MapChatEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/chat").WithTags("Chat").AllowAnonymous();
        group.MapPost("/codes", (ChatCodeRequest body, ChatCodes codes, CancellationToken ct) => codes.SendAsync(body.Address, body.Language, ct))
            .RequireRateLimiting(CodePolicy).Produces<ChatCodes.ChatCodeSent>(StatusCodes.Status202Accepted);
        group.MapPost("/verify", VerifyAsync).RequireRateLimiting(CodePolicy).Produces<ChatSessionView>();
        group.MapGet("/session", async (HttpRequest request, ChatAccess access, ChatStart start, CancellationToken ct) =>
            await access.IdentityAsync(request, ct) is ({ } identity, _) ? Results.Ok(new ChatSessionView(true, await start.CurrentAsync(identity, ct))) : Results.Ok(new ChatSessionView(false, null)))
            .Produces<ChatSessionView>();
        group.MapPost("/signout", (HttpResponse response) =>
        {
            response.Cookies.Delete(ChatTokens.CookieName, new CookieOptions { Path = "/api/chat" });
            return Results.NoContent();
        });
        group.MapPost("/start", async (ChatStartRequest body, HttpRequest request, ChatAccess access, ChatStart start, CancellationToken ct) =>
            await access.IdentityAsync(request, ct) is var (identity, refusal) && identity is not null ? await start.StartAsync(identity, body.Message, ct) : refusal!)
            .RequireRateLimiting(MessagePolicy).Produces<ChatStart.ChatView>(StatusCodes.Status201Created);
        group.MapPost("/messages", async (ChatMessageRequest body, HttpRequest request, ChatAccess access, ChatInbox inbox, CancellationToken ct) =>
            await access.ChatAsync(request, ct) is var (chat, refusal) && chat is not null ? await inbox.SendAsync(chat, body.Body, ct) : refusal!)
            .RequireRateLimiting(MessagePolicy).Produces<ChatInbox.ChatSent>();
        group.MapPost("/typing", async (HttpRequest request, ChatAccess access, ChatInbox inbox, CancellationToken ct) =>
        {
            var (chat, refusal) = await access.ChatAsync(request, ct);
            if (chat is null) return refusal!;
            await inbox.TypingAsync(chat.ChatId, ct);
            return Results.NoContent();
        }).RequireRateLimiting(MessagePolicy);
        group.MapPost("/attachments", AttachAsync).RequireRateLimiting(MessagePolicy).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data").Produces<ChatInbox.ChatSent>(StatusCodes.Status201Created);
        group.MapGet("/stream", async (HttpRequest request, ChatAccess access, ChatStream stream, DeskDbContext db, CancellationToken disconnected) =>
        {
            var (chat, refusal) = await access.ChatAsync(request, disconnected);
            if (chat is null) return refusal!;
            var session = await db.ChatSessions.FindAsync([chat.ChatId], disconnected);
            var instance = chat.CaseId is { } caseId ? await db.Cases.FindAsync([caseId], disconnected) : null;
            return TypedResults.ServerSentEvents(stream.FollowAsync(session!, instance?.InstanceId, ChatStream.ResumeAfter(request), disconnected));
        }).ExcludeFromDescription();
    }

    /// <summary>The rate limiter's refusal, as the page's other problems read (the survey's is a page of its own).</summary>
    public static Task TooManyRequests(HttpContext context) => Problem.Field(Mistake.Of("chat.rate-limited", "request",
        "Too many requests; wait a minute and try again.", ("retryAfterSeconds", 60)), StatusCodes.Status429TooManyRequests).ExecuteAsync(context);

    private static async Task<IResult> VerifyAsync(ChatVerifyRequest body, HttpResponse response, ChatCodes codes, ChatTokens tokens, ChatStart start, DeskDbContext db,
        IOptions<ChatOptions> options, TimeProvider clock, CancellationToken ct)
    {
        var (code, refusal) = await codes.VerifyAsync(body.Address, body.Code, body.Name, ct);
        if (code is null) return refusal!;
        var identity = new ChatTokens.Identity(code.Id, code.CustomerId!.Value, clock.GetUtcNow() + options.Value.SessionValidFor);
        ChatAccess.Issue(response, await tokens.CreateAsync(db, identity, ct), options.Value.SessionValidFor);
        return Results.Ok(new ChatSessionView(true, await start.CurrentAsync(identity, ct)));
    }

    /// <summary>A file into the chat's case, under the same checks as an agent's: size, and a type its bytes show (images, PDF).</summary>
    private static async Task<IResult> AttachAsync(HttpRequest request, ChatAccess access, ChatInbox inbox, IOptions<AttachmentOptions> options, TimeProvider clock,
        CancellationToken ct)
    {
        var (chat, refusal) = await access.ChatAsync(request, ct);
        if (chat is null) return refusal!;
        var max = options.Value.MaxBytes;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max + 64 * 1024;
        if (request.ContentLength > max + 64 * 1024 || !request.HasFormContentType) return Problem.Field(Mistake.Of("attachment.file.required", "file", "Send one file, as multipart/form-data."));
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file) return Problem.Field(Mistake.Of("attachment.file.required", "file", "Send the file in a part named file."));
        if (file.Length > max)
            return Problem.Field(Mistake.Of("attachment.too-large", "file", $"A file is at most {max / 1024 / 1024} MiB.", ("max", max)), StatusCodes.Status413PayloadTooLarge);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        if (ContentSniffer.Sniff(content) is not { } actual || ContentSniffer.Normalise(file.ContentType) != actual)
            return Problem.Field(Mistake.Of("attachment.type.unsupported", "file", $"Send a picture or a PDF ({string.Join(", ", ContentSniffer.Accepted)})."),
                StatusCodes.Status415UnsupportedMediaType);
        var name = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } n ? n : "attachment";
        return await inbox.AttachAsync(chat, new AttachmentEntity
        {
            Id = Guid.CreateVersion7(), FileName = name, ContentType = actual, Size = content.Length, Content = content, UploadedBy = "customer", At = clock.GetUtcNow(),
        }, ct);
    }
}
