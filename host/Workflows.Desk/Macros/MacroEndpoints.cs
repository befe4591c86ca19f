using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Server.Identity;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Problems;

namespace Workflows.Desk.Macros;

/// <summary>
/// <c>/api/macros</c>: canned replies. Everyone signed in reads them; managers and admins write them. For a case,
/// <c>POST /api/cases/{id}/macros/{macroId}/render</c> fills the placeholders for the agent to read (and edit) before
/// sending it with the usual reply.
/// </summary>
public static class MacroEndpoints
{
    public sealed record Rendered(Guid MacroId, string Body);

    public static void MapMacroEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/macros").WithTags("Macros").RequireAuthorization();
        group.MapGet("/", async (string? language, DeskDbContext db, CancellationToken ct) =>
            (await db.Macros.AsNoTracking().Where(m => language == null || m.Language == language).OrderBy(m => m.Name).ToListAsync(ct)).Select(MacroView.From).ToList())
            .Produces<List<MacroView>>();
        group.MapPost("/", (MacroInput input, DeskDbContext db, DatabaseSession session, AuditLog audit, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct) =>
            SaveAsync(null, input, db, session, audit, user, clock, ct)).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .Produces<MacroView>(StatusCodes.Status201Created);
        group.MapPut("/{id:guid}", (Guid id, MacroInput input, DeskDbContext db, DatabaseSession session, AuditLog audit, ClaimsPrincipal user, TimeProvider clock,
            CancellationToken ct) => SaveAsync(id, input, db, session, audit, user, clock, ct)).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin))
            .Produces<MacroView>();
        group.MapDelete("/{id:guid}", async (Guid id, DeskDbContext db, DatabaseSession session, AuditLog audit, CancellationToken ct) =>
        {
            if (await db.Macros.FindAsync([id], ct) is not { } macro) return Problem.NotFound($"Macro {id}");
            db.Macros.Remove(macro);
            audit.Add("macro.delete", "macro", id.ToString(), macro.Name, before: MacroView.From(macro));
            await session.SaveChangesAsync(ct);
            return Results.NoContent();
        }).RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
        app.MapPost("/api/cases/{caseId:guid}/macros/{id:guid}/render", RenderAsync).WithTags("Macros").RequireAuthorization().Produces<Rendered>();
    }

    private static async Task<IResult> SaveAsync(Guid? id, MacroInput input, DeskDbContext db, DatabaseSession session, AuditLog audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken ct)
    {
        if (MacroRules.Check(input) is { } mistake) return Problem.Field(mistake);
        var macro = id is { } known ? await db.Macros.FindAsync([known], ct) : null;
        if (id is not null && macro is null) return Problem.NotFound($"Macro {id}");
        var before = macro is null ? null : MacroView.From(macro);
        if (macro is null) db.Macros.Add(macro = new MacroEntity { Id = Guid.CreateVersion7(), Name = "", Language = "", Body = "", UpdatedBy = "" });
        (macro.Name, macro.Language, macro.Body, macro.Category, macro.UpdatedBy, macro.UpdatedAt) =
            (input.Name!.Trim(), input.Language!, input.Body!, string.IsNullOrWhiteSpace(input.Category) ? null : input.Category.Trim(), user.Identity!.Name!, clock.GetUtcNow());
        audit.Add(before is null ? "macro.create" : "macro.update", "macro", macro.Id.ToString(), macro.Name, before, MacroView.From(macro));
        await session.SaveChangesAsync(ct);
        return before is null ? Results.Created($"/api/macros/{macro.Id}", MacroView.From(macro)) : Results.Ok(MacroView.From(macro));
    }

    private static async Task<IResult> RenderAsync(Guid caseId, Guid id, DeskDbContext db, ServerDbContext server, ClaimsPrincipal user, CancellationToken ct)
    {
        if (await db.Macros.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct) is not { } macro) return Problem.NotFound($"Macro {id}");
        var found = await db.Cases.AsNoTracking().Where(c => c.Id == caseId)
            .Join(db.Customers, c => c.CustomerId, u => u.Id, (c, u) => new { c.Number, c.Subject, Customer = u.Name }).SingleOrDefaultAsync(ct);
        if (found is null) return Problem.NotFound(NotFoundKind.Case, caseId);
        // Saved macros were checked; one written straight into the table is checked again rather than sent half-filled.
        if (MacroTemplate.Check(macro.Body) is { } broken) return Problem.Field(broken, StatusCodes.Status422UnprocessableEntity);
        var userName = user.Identity!.Name!;
        var agent = await server.Users.AsNoTracking().Where(u => u.UserName == userName).Select(u => u.DisplayName).SingleOrDefaultAsync(ct) ?? userName;
        return Results.Ok(new Rendered(id, MacroTemplate.Render(macro.Body, new Dictionary<string, string>
        {
            ["customer.name"] = found.Customer, ["case.number"] = found.Number, ["case.subject"] = found.Subject, ["agent.name"] = agent,
        })));
    }
}
