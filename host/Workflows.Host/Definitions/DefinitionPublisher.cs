using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Activities;
using Workflows.Engine.Parsing;
using Workflows.Host.Database;

namespace Workflows.Host.Definitions;

/// <summary>
/// Validates a diagram and publishes it as the next version of its process, unless it is byte for byte the
/// latest version already. Versions of one key are numbered under an advisory lock, so two hosts publishing
/// at once get versions n and n+1, never a clash.
/// </summary>
public sealed class DefinitionPublisher(WorkflowsDbContext db, ActivityCatalog activities, TimeProvider clock)
{
    public sealed record Outcome(DefinitionEntity? Published, bool Created, IReadOnlyList<ValidationProblem> Problems);

    public static string Checksum(string xml) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    public async Task<Outcome> PublishAsync(string xml, string? publishedBy, CancellationToken cancellationToken)
    {
        var parsed = new BpmnParser().Parse(xml);
        var problems = parsed.Definition is null ? parsed.Problems : activities.Check(parsed.Definition);
        if (problems.Count > 0) return new Outcome(null, false, problems);

        var definition = parsed.Definition!;
        var checksum = Checksum(xml);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"definition:" + definition.Key}))", cancellationToken);
        var latest = await db.Definitions.Where(d => d.Key == definition.Key).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);
        if (latest?.Checksum == checksum) return new Outcome(latest, false, []);
        var entity = new DefinitionEntity
        {
            Id = Guid.CreateVersion7(), Key = definition.Key, Version = (latest?.Version ?? 0) + 1, Name = definition.Name,
            Xml = xml, Checksum = checksum, PublishedAt = clock.GetUtcNow(), PublishedBy = publishedBy,
        };
        db.Definitions.Add(entity);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new Outcome(entity, true, []);
    }
}
