using System.Security.Claims;
using System.Text;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Auth;
using Workflows.Host.Database;
using Workflows.Host.Problems;

namespace Workflows.Host.Definitions;

/// <summary>
/// Drafts: one per process key, saved as the designer left it (even when it would not publish), so work survives
/// a reload. Publishing does not remove a draft; the designer deletes it when done.
/// </summary>
public static class DraftEndpoints
{
    public const int MaxBytes = 5 * 1024 * 1024;

    public sealed record DraftSummary(string Key, DateTimeOffset SavedAt, string? SavedBy);

    public static void MapDraftEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/drafts").WithTags("Definitions").RequireAuthorization(p => p.RequireRole(Roles.Designer, Roles.Admin));
        group.MapGet("/", async (WorkflowsDbContext db) =>
            await db.Drafts.AsNoTracking().OrderBy(d => d.Key).Select(d => new DraftSummary(d.Key, d.SavedAt, d.SavedBy)).ToListAsync());
        group.MapGet("/{key}", async (string key, WorkflowsDbContext db) =>
            await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key) is { } draft
                ? Results.Text(draft.Xml, "application/xml", Encoding.UTF8)
                : Problem.NotFound($"A draft of '{key}'"));
        group.MapPut("/{key}", SaveAsync).Accepts<string>("application/xml", "text/xml", "text/plain");
        group.MapDelete("/{key}", async (string key, WorkflowsDbContext db) =>
            await db.Drafts.Where(d => d.Key == key).ExecuteDeleteAsync() == 1 ? Results.NoContent() : Problem.NotFound($"A draft of '{key}'"));
    }

    private static async Task<IResult> SaveAsync(string key, HttpRequest request, WorkflowsDbContext db, ClaimsPrincipal user, TimeProvider clock)
    {
        if (key.Length is 0 or > 200) return Problem.Field("key", "A draft's key is the process id: 1 to 200 characters.");
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var xml = await reader.ReadToEndAsync();
        if (string.IsNullOrWhiteSpace(xml)) return Problem.Field("body", "Send the diagram's BPMN XML as the body.");
        if (Encoding.UTF8.GetByteCount(xml) > MaxBytes) return Problem.Field("body", $"A draft is at most {MaxBytes / 1024 / 1024} MB.");
        if (!IsXml(xml)) return Problem.Field("body", "The draft is not well-formed XML.");
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Key == key);
        if (draft is null) db.Drafts.Add(draft = new DraftEntity { Key = key, Xml = xml });
        (draft.Xml, draft.SavedAt, draft.SavedBy) = (xml, clock.GetUtcNow(), user.Identity?.Name);
        await db.SaveChangesAsync();
        return Results.Ok(new DraftSummary(draft.Key, draft.SavedAt, draft.SavedBy));
    }

    /// <summary>Well-formed, with DTDs refused: a draft is stored, not run, but it is still never a vehicle for entities.</summary>
    private static bool IsXml(string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            while (reader.Read()) { }
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
