using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Server.Database;
using Workflows.Server.Problems;

namespace Workflows.Server.Definitions;

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
        group.MapGet("/", async (ServerDbContext db) =>
            await db.Drafts.AsNoTracking().OrderBy(d => d.Key).Select(d => new DraftSummary(d.Key, d.SavedAt, d.SavedBy)).ToListAsync());
        // The XML alone, or with Accept: application/json the diagram with its forms as { xml, forms, savedAt, savedBy }.
        group.MapGet("/{key}", async (string key, HttpRequest request, ServerDbContext db) =>
            await db.Drafts.AsNoTracking().SingleOrDefaultAsync(d => d.Key == key) is not { } draft ? Problem.NotFound($"A draft of '{key}'")
            : request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase)
                ? Results.Text($$"""{"xml":{{JsonSerializer.Serialize(draft.Xml)}},"forms":{{draft.Forms ?? "{}"}},"savedAt":{{JsonSerializer.Serialize(draft.SavedAt)}},"savedBy":{{JsonSerializer.Serialize(draft.SavedBy)}}}""", "application/json")
                : Results.Text(draft.Xml, "application/xml", Encoding.UTF8));
        group.MapPut("/{key}", SaveAsync).AcceptsPackage()
            .Produces<DraftSummary>();
        group.MapDelete("/{key}", async (string key, ServerDbContext db) =>
            await db.Drafts.Where(d => d.Key == key).ExecuteDeleteAsync() == 1 ? Results.NoContent() : Problem.NotFound($"A draft of '{key}'"));
    }

    private static async Task<IResult> SaveAsync(string key, HttpRequest request, ServerDbContext db, ClaimsPrincipal user, TimeProvider clock)
    {
        if (key.Length is 0 or > 200) return Problem.Field("key", "A draft's key is the process id: 1 to 200 characters.");
        var (package, problem) = await PackageReader.ReadAsync(request);
        if (problem is not null) return problem;
        var (xml, forms) = (package!.Xml, package.Forms.Count == 0 ? null : PackageReader.FormsJson(package.Forms));
        if (Encoding.UTF8.GetByteCount(xml) + Encoding.UTF8.GetByteCount(forms ?? "") > MaxBytes)
            return Problem.Field("body", $"A draft is at most {MaxBytes / 1024 / 1024} MB.");
        if (!IsXml(xml)) return Problem.Field(request.ContentType?.Contains("json") == true ? "xml" : "body", "The draft is not well-formed XML.");
        var draft = await db.Drafts.SingleOrDefaultAsync(d => d.Key == key);
        if (draft is null) db.Drafts.Add(draft = new DraftEntity { Key = key, Xml = xml });
        (draft.Xml, draft.Forms, draft.SavedAt, draft.SavedBy) = (xml, forms, clock.GetUtcNow(), user.Identity?.Name);
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
