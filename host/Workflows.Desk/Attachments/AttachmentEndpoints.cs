using System.Security.Claims;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Desk.Live;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Attachments;

/// <summary>
/// <c>/api/cases/{id}/attachments</c>: files on a case, sent as multipart (<c>file</c>). Too large: 413. A type its
/// bytes do not show, or one not accepted: 415. Either way nothing is stored. Downloads always come as attachments,
/// with the checked type and <c>nosniff</c>, so a file can never run as a page.
/// </summary>
public static class AttachmentEndpoints
{
    public sealed record AttachmentView(Guid Id, string FileName, string ContentType, long Size, string UploadedBy, DateTimeOffset At);

    public static void MapAttachmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}/attachments").WithTags("Cases").RequireAuthorization();
        group.MapPost("/", UploadAsync).DisableAntiforgery().Accepts<IFormFile>("multipart/form-data").Produces<AttachmentView>(StatusCodes.Status201Created);
        group.MapGet("/{attachmentId:guid}", async (Guid id, Guid attachmentId, DeskDbContext db, HttpResponse response, CancellationToken ct) =>
        {
            if (await db.Attachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == attachmentId && a.CaseId == id, ct) is not { } file)
                return Problem.NotFound($"Attachment {attachmentId}");
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(file.Content, file.ContentType, file.FileName);
        });
    }

    private static async Task<IResult> UploadAsync(Guid id, HttpRequest request, DeskDbContext db, DatabaseSession session, IOptions<AttachmentOptions> options,
        ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        var max = options.Value.MaxBytes;
        // Kestrel stops reading a little past the limit (the multipart wrapping around the file); the file itself is checked below.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = max + 64 * 1024;
        if (request.ContentLength > max + 64 * 1024) return TooLarge(max);
        if (!request.HasFormContentType) return Problem.Field(Mistake.Of("attachment.file.required", "file", "Send the file as multipart/form-data, in a part named file."));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge(max);
        }
        if (form.Files.GetFile("file") is not { } file) return Problem.Field(Mistake.Of("attachment.file.required", "file", "Send the file in a part named file."));
        if (file.Length > max) return TooLarge(max);
        if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return Problem.NotFound(NotFoundKind.Case, id);
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var (declared, actual) = (ContentSniffer.Normalise(file.ContentType), ContentSniffer.Sniff(content));
        if (actual is null)
            return Problem.Field(Mistake.Of("attachment.type.unsupported", "file", $"This kind of file is not accepted; send one of {string.Join(", ", ContentSniffer.Accepted)}.",
                ("declared", declared), ("accepted", string.Join(", ", ContentSniffer.Accepted))), StatusCodes.Status415UnsupportedMediaType);
        if (declared != actual)
            return Problem.Field(Mistake.Of("attachment.type.mismatch", "file", $"The file says it is {declared}, but its content is {actual}.",
                ("declared", declared), ("actual", actual)), StatusCodes.Status415UnsupportedMediaType);
        var name = Path.GetFileName(file.FileName) is { Length: > 0 and <= 200 } n ? n : "attachment";
        var stored = new AttachmentEntity
        {
            Id = Guid.CreateVersion7(), CaseId = id, FileName = name, ContentType = actual, Size = content.Length, Content = content,
            UploadedBy = user.Identity!.Name!, At = clock.GetUtcNow(),
        };
        db.Attachments.Add(stored);
        db.CaseMessages.Add(new CaseMessageEntity
        {
            Id = Guid.CreateVersion7(), CaseId = id, CustomerId = found.CustomerId, Direction = CaseMessageEntity.Internal, Channel = "desk", Kind = "attachment",
            Body = name, Author = stored.UploadedBy, At = stored.At, AttachmentId = stored.Id,
        });
        LiveSignal.Send(session.Batch, id);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/cases/{id}/attachments/{stored.Id}",
            new AttachmentView(stored.Id, stored.FileName, stored.ContentType, stored.Size, stored.UploadedBy, stored.At));
    }

    private static IResult TooLarge(long max) => Problem.Field(Mistake.Of("attachment.too-large", "file", $"A file is at most {max / 1024 / 1024} MiB.", ("max", max)),
        StatusCodes.Status413PayloadTooLarge);
}
