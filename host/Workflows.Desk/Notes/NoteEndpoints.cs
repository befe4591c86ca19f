using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Cases;
using Workflows.Desk.Database;
using Workflows.Desk.Live;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Desk.Notes;

/// <summary>
/// <c>/api/cases/{id}/notes</c> and <c>/tags</c>: what agents write for each other. A note joins the case's timeline as
/// an internal entry and goes through no channel and no outbox, so it can never reach the customer.
/// </summary>
public static class NoteEndpoints
{
    public const int MaxNoteLength = 4000;

    public sealed record NoteRequest(string? Body);
    public sealed record TagsRequest(List<string>? Tags);
    public sealed record NoteView(Guid Id, string Body, string Author, DateTimeOffset At);

    public static void MapNoteEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases/{id:guid}").WithTags("Cases").RequireAuthorization();
        group.MapPost("/notes", async (Guid id, NoteRequest request, DeskDbContext db, DatabaseSession session, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
        {
            if (string.IsNullOrWhiteSpace(request.Body) || request.Body.Length > MaxNoteLength)
                return Problem.Field(Mistake.Of("note.body.required", "body", $"Write the note, in at most {MaxNoteLength} characters.", ("max", MaxNoteLength)));
            if (await db.Cases.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return Problem.NotFound(NotFoundKind.Case, id);
            var note = new CaseMessageEntity
            {
                Id = Guid.CreateVersion7(), CaseId = id, CustomerId = found.CustomerId, Direction = CaseMessageEntity.Internal, Channel = "desk", Kind = "note",
                Body = request.Body.Trim(), Author = user.Identity!.Name, At = clock.GetUtcNow(),
            };
            db.CaseMessages.Add(note);
            LiveSignal.Send(session.Batch, id);
            await session.SaveChangesAsync(ct);
            return Results.Created($"/api/cases/{id}", new NoteView(note.Id, note.Body, note.Author!, note.At));
        }).Produces<NoteView>(StatusCodes.Status201Created);
        group.MapPut("/tags", async (Guid id, TagsRequest request, DeskDbContext db, DatabaseSession session, CancellationToken ct) =>
        {
            var tags = (request.Tags ?? []).Select(t => t?.Trim() ?? "").ToList();
            if (tags.Count > 10) return Problem.Field(Mistake.Of("case.tags.too-many", "tags", "At most 10 tags on a case.", ("count", tags.Count)));
            if (tags.FindIndex(t => t.Length is 0 or > 30 || t.Any(char.IsWhiteSpace)) is var bad and >= 0)
                return Problem.Field(Mistake.Of("case.tag.invalid", $"tags[{bad}]", "A tag is 1 to 30 characters without spaces.", ("value", tags[bad])));
            if (await db.Cases.SingleOrDefaultAsync(c => c.Id == id, ct) is not { } found) return Problem.NotFound(NotFoundKind.Case, id);
            found.Tags = [.. tags.Distinct()];
            LiveSignal.Send(session.Batch, id);
            await session.SaveChangesAsync(ct);
            return Results.Ok(found.Tags);
        }).Produces<List<string>>();
    }
}
