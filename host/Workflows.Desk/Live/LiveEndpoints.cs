using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Workflows.Desk.Live;

/// <summary>
/// <c>GET /api/live</c>: server-sent events for signed-in people, one <c>changes</c> event per quarter second in which
/// something changed, naming the instances; the browser reloads the inbox, the case or the stuck list they concern.
/// </summary>
public static class LiveEndpoints
{
    public static void MapLiveEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/live", (LiveFeed feed, CancellationToken disconnected) => TypedResults.ServerSentEvents(AsJson(feed.FollowAsync(disconnected)), "changes"))
            .WithTags("Live").RequireAuthorization().ExcludeFromDescription();

    /// <summary>In the API's JSON (camelCase), written by us: the event stream does not take the HTTP JSON options.</summary>
    private static async IAsyncEnumerable<string> AsJson(IAsyncEnumerable<LiveChanges> changes, [EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var each in changes.WithCancellation(ct)) yield return JsonSerializer.Serialize(each, JsonSerializerOptions.Web);
    }
}
