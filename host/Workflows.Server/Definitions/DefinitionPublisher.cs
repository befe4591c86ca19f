using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Activities;
using Workflows.Engine.Parsing;
using Workflows.Server.Database;
using Workflows.Server.Definitions.Forms;

namespace Workflows.Server.Definitions;

/// <summary>
/// Validates a diagram with its forms and publishes them as the next version of its process, unless the latest
/// version has exactly this content already. A form a task names but the package leaves out is carried over from
/// the latest version, so publishing bare XML never loses the forms. Versions of one key are numbered under an
/// advisory lock, so two hosts publishing at once get versions n and n+1, never a clash.
/// </summary>
public sealed class DefinitionPublisher(DatabaseSession session, ServerDbContext db, ActivityCatalog activities, Identity.Audit.AuditLog audit, TimeProvider clock)
{
    public sealed record Outcome(DefinitionEntity? Published, bool Created, IReadOnlyList<ValidationProblem> Problems);

    public Task<Outcome> PublishAsync(string xml, string? publishedBy, CancellationToken cancellationToken) =>
        PublishAsync(DefinitionPackage.Diagram(xml), publishedBy, cancellationToken);

    public async Task<Outcome> PublishAsync(DefinitionPackage package, string? publishedBy, CancellationToken cancellationToken)
    {
        var parsed = new BpmnParser().Parse(package.Xml);
        if (parsed.Definition is null) return new Outcome(null, false, parsed.Problems);

        var definition = parsed.Definition;
        await using var transaction = await session.BeginAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"definition:" + definition.Key}))", cancellationToken);
        var latest = await db.Definitions.Where(d => d.Key == definition.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        var complete = package with { Forms = await WithInheritedFormsAsync(package, definition, latest, cancellationToken) };
        var problems = Check(definition, complete);
        problems.AddRange(await Calls.CalledProcessCheck.CheckAsync(db, definition, cancellationToken));
        if (problems.Count > 0) return new Outcome(null, false, problems);

        var checksum = complete.Checksum();
        if (latest is not null && await HasContentAsync(latest, checksum, cancellationToken)) return new Outcome(latest, false, []);
        var entity = new DefinitionEntity
        {
            Id = Guid.CreateVersion7(), Key = definition.Key, Version = (latest?.Version ?? 0) + 1, Name = definition.Name,
            Xml = package.Xml, Checksum = checksum, PublishedAt = clock.GetUtcNow(), PublishedBy = publishedBy,
        };
        db.Definitions.Add(entity);
        db.DefinitionForms.AddRange(complete.Forms.Select(f => new DefinitionFormEntity { DefinitionId = entity.Id, FormKey = f.Key, Schema = f.Value }));
        audit.Add("definition.published", "definition", entity.Id.ToString(), $"{entity.Key} v{entity.Version}", latest is null ? null
            : new { latest.Key, latest.Version, latest.Checksum }, new { entity.Key, entity.Version, entity.Name, entity.Checksum, Forms = complete.Forms.Keys.Order() },
            actor: publishedBy ?? "system");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(entity, true, []);
    }

    /// <summary>
    /// Everything publishing would refuse, all at once, publishing nothing: what the designer's lint panel shows, so
    /// that a diagram the panel calls clean is one the server takes.
    /// </summary>
    public async Task<IReadOnlyList<ValidationProblem>> ValidateAsync(DefinitionPackage package, CancellationToken cancellationToken)
    {
        var parsed = new BpmnParser().Parse(package.Xml);
        if (parsed.Definition is null) return parsed.Problems;
        var latest = await db.Definitions.AsNoTracking().Where(d => d.Key == parsed.Definition.Key).OrderByDescending(d => d.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return [.. Check(parsed.Definition, package with { Forms = await WithInheritedFormsAsync(package, parsed.Definition, latest, cancellationToken) }),
            .. await Calls.CalledProcessCheck.CheckAsync(db, parsed.Definition, cancellationToken)];
    }

    /// <summary>A parsed diagram's activities and forms, checked together so one publish reports every problem.</summary>
    private List<ValidationProblem> Check(Engine.Model.ProcessDefinition definition, DefinitionPackage complete) =>
        [.. activities.Check(definition), .. FormRules.Check(definition, complete.Forms)];

    /// <summary>
    /// Whether <paramref name="version"/> says what <paramref name="checksum"/> hashes. A version stored by a build that
    /// hashed raw text is hashed again the current way rather than taken as different.
    /// </summary>
    private async Task<bool> HasContentAsync(DefinitionEntity version, string checksum, CancellationToken cancellationToken)
    {
        if (version.Checksum == checksum) return true;
        var forms = await db.DefinitionForms.AsNoTracking().Where(f => f.DefinitionId == version.Id).ToDictionaryAsync(f => f.FormKey, f => f.Schema, cancellationToken);
        return new DefinitionPackage(version.Xml, forms).Checksum() == checksum;
    }

    private async Task<IReadOnlyDictionary<string, string>> WithInheritedFormsAsync(DefinitionPackage package,
        Engine.Model.ProcessDefinition definition, DefinitionEntity? latest, CancellationToken cancellationToken)
    {
        var missing = FormRules.References(definition).Select(r => r.FormKey).Where(k => !package.Forms.ContainsKey(k)).Distinct().ToList();
        if (latest is null || missing.Count == 0) return package.Forms;
        var inherited = await db.DefinitionForms.AsNoTracking().Where(f => f.DefinitionId == latest.Id && missing.Contains(f.FormKey))
            .ToDictionaryAsync(f => f.FormKey, f => f.Schema, cancellationToken);
        return package.Forms.Concat(inherited).ToDictionary();
    }
}
