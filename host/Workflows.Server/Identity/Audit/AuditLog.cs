using System.Security.Claims;
using System.Text.Json;
using Workflows.Server.Database;

namespace Workflows.Server.Identity.Audit;

/// <summary>
/// Adds audit entries to the scope's server context, so an entry is saved by the same SaveChanges (and transaction)
/// as the change it describes: no change without its entry, no entry for a change that rolled back.
/// </summary>
public sealed class AuditLog(ServerDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Add(string action, string targetKind, string? targetId, string? targetName, object? before = null, object? after = null, string? actor = null) =>
        db.Audit.Add(new AuditEntryEntity
        {
            At = clock.GetUtcNow(), Actor = actor ?? ActorOf(http.HttpContext?.User), Action = action, TargetKind = targetKind, TargetId = targetId,
            TargetName = targetName, Address = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
            Before = before is null ? null : JsonSerializer.Serialize(before, Json), After = after is null ? null : JsonSerializer.Serialize(after, Json),
        });

    public static string ActorOf(ClaimsPrincipal? user) => user?.Identity?.Name ?? "system";
}
