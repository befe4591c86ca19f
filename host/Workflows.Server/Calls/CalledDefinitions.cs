using Microsoft.EntityFrameworkCore;
using Workflows.Engine.Model;
using Workflows.Server.Database;

namespace Workflows.Server.Calls;

/// <summary>
/// Which published version a call activity starts. <c>deployment</c> binding: the product publishes one diagram at a time,
/// so "deployed with the caller" means the called key's latest version published no later than the caller's own version.
/// </summary>
public sealed class CalledDefinitions(ServerDbContext db)
{
    /// <summary>The version's id, or a sentence saying why there is none.</summary>
    public async Task<(Guid? Id, string? Problem)> ResolveAsync(CallPayload call, CancellationToken ct)
    {
        var versions = db.Definitions.AsNoTracking().Where(d => d.Key == call.Key);
        switch (call.Binding)
        {
            case CallBinding.Version:
                var exact = await versions.Where(d => d.Version == call.Version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
                return exact is null ? (null, $"Process '{call.Key}' has no version {call.Version}.") : (exact, null);
            case CallBinding.Deployment:
                var caller = await db.Definitions.AsNoTracking().Where(d => d.Id == call.Definition).Select(d => d.PublishedAt).SingleAsync(ct);
                var deployed = await versions.Where(d => d.PublishedAt <= caller).OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
                return deployed is null ? (null, $"No version of process '{call.Key}' was published with or before the calling process.") : (deployed, null);
            default:
                var latest = await versions.OrderByDescending(d => d.Version).Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
                return latest is null ? (null, $"No process with key '{call.Key}' is published.") : (latest, null);
        }
    }
}
