using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Dmn.Model;
using Workflows.Dmn.Parsing;
using Workflows.Engine.Parsing;
using Workflows.Server.Database;
using Workflows.Server.Definitions;

namespace Workflows.Server.Decisions;

/// <summary>
/// Publishes a .dmn file: each of its decisions becomes the next version of the decision with its id (the key), as
/// Camunda 7 deploys a DMN resource, unless that decision's latest version came from a file with this very content.
/// A file with any problem publishes nothing. Versions are numbered under an advisory lock per key, so two hosts
/// publishing at once get versions n and n+1, never a clash.
/// </summary>
public sealed class DecisionPublisher(DatabaseSession session, ServerDbContext db, Identity.Audit.AuditLog audit, TimeProvider clock)
{
    public sealed record Outcome(IReadOnlyList<DecisionEntity> Decisions, bool Created, IReadOnlyList<ValidationProblem> Problems);

    public async Task<Outcome> PublishAsync(string xml, string? publishedBy, CancellationToken cancellationToken)
    {
        var parsed = DmnParser.Parse(xml);
        if (parsed.Definition is not { } definition)
            return new([], false, parsed.Problems.Select(p => new ValidationProblem(p.ElementId, p.Code, p.Message)).ToList());
        if (definition.Decisions.Count == 0)
            return new([], false, [new ValidationProblem(definition.Id, "dmn.no-decision", "The file has no decision to publish.")]);

        var checksum = Checksum(xml);
        var keys = definition.Decisions.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        await using var transaction = await session.BeginAsync(cancellationToken);
        // In key order, so two files sharing decisions lock them in the same order and never deadlock.
        foreach (var key in keys)
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({"decision:" + key}))", cancellationToken);
        var latest = (await db.Decisions.Where(d => keys.Contains(d.Key)).ToListAsync(cancellationToken))
            .GroupBy(d => d.Key).ToDictionary(g => g.Key, g => g.MaxBy(d => d.Version)!);
        var result = new List<DecisionEntity>();
        var created = false;
        foreach (var decision in definition.Decisions)
        {
            var previous = latest.GetValueOrDefault(decision.Id);
            if (previous is not null && previous.Checksum == checksum)
            {
                result.Add(previous);
                continue;
            }
            var entity = new DecisionEntity
            {
                Id = Guid.CreateVersion7(), Key = decision.Id, Version = (previous?.Version ?? 0) + 1, Name = decision.Name, Kind = KindOf(decision),
                Xml = xml, Checksum = checksum, PublishedAt = clock.GetUtcNow(), PublishedBy = publishedBy,
            };
            db.Decisions.Add(entity);
            audit.Add("decision.published", "decision", entity.Id.ToString(), $"{entity.Key} v{entity.Version}",
                previous is null ? null : new { previous.Key, previous.Version, previous.Checksum }, new { entity.Key, entity.Version, entity.Name, entity.Checksum },
                actor: publishedBy ?? "system");
            result.Add(entity);
            created = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(result, created, []);
    }

    /// <summary>What the file says, not how it is formatted (<see cref="CanonicalContent"/>): a re-indented file is no new version.</summary>
    public static string Checksum(string xml) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalContent.Xml(xml))));

    private static string KindOf(DecisionDefinition decision) => decision.Logic switch
    {
        DecisionTableDefinition => "decisionTable",
        LiteralExpressionDefinition => "literalExpression",
        var other => other.GetType().Name.Replace("Definition", ""),
    };
}
