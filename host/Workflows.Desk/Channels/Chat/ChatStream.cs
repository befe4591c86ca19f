using System.Globalization;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.Chat;

/// <summary>
/// The customer's stream: every entry after the one they saw last, read from the database (so a reconnect, to this host
/// or another, resumes exactly where it left off), then each new one as it is announced; the agent's typing in between.
/// </summary>
public sealed class ChatStream(DeskDbContext db, ChatFeed feed)
{
    /// <summary>How long a quiet stream waits before it says so (proxies close connections that stay silent) and reads again.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private const int Page = 200;

    public sealed record EntryView(long Seq, string Direction, string Kind, string Body, DateTimeOffset At);

    public async IAsyncEnumerable<SseItem<string>> FollowAsync(ChatSessionEntity chat, Guid? instanceId, long after,
        [EnumeratorCancellation] CancellationToken ct)
    {
        // Listening starts before the first read: an entry committed in between is announced, not lost.
        using var watch = feed.Follow(chat.Id, chat.CaseId, instanceId);
        yield return new SseItem<string>("{}", "ready");
        var cursor = after;
        while (!ct.IsCancellationRequested)
        {
            var entries = await db.ChatEntries.AsNoTracking().Where(e => e.ChatId == chat.Id && e.Seq > cursor).OrderBy(e => e.Seq).Take(Page).ToListAsync(ct);
            foreach (var entry in entries)
            {
                cursor = entry.Seq;
                var view = new EntryView(entry.Seq, entry.Direction, entry.Kind, entry.Body, entry.At);
                yield return new SseItem<string>(JsonSerializer.Serialize(view, JsonSerializerOptions.Web), "message")
                {
                    EventId = entry.Seq.ToString(CultureInfo.InvariantCulture),
                };
            }
            if (entries.Count > 0 && watch.CaseId is null) await AttachCaseAsync(watch, ct);
            if (entries.Count == Page) continue;
            var heard = await watch.NextAsync(Heartbeat, ct);
            if (heard == ChatSignal.AgentTyping) yield return new SseItem<string>("{}", "typing");
            else if (heard is null) yield return new SseItem<string>("{}", "ping");
        }
    }

    /// <summary>A chat the bot answered may have been handed to a person since: from then on the stream follows its case too.</summary>
    private async Task AttachCaseAsync(ChatFeed.Watch watch, CancellationToken ct)
    {
        var found = await (from chat in db.ChatSessions.AsNoTracking()
                           join c in db.Cases.AsNoTracking() on chat.CaseId equals c.Id
                           where chat.Id == watch.ChatId
                           select new { c.Id, c.InstanceId }).FirstOrDefaultAsync(ct);
        if (found is not null) watch.Attach(found.Id, found.InstanceId);
    }

    /// <summary>Where to resume: the <c>Last-Event-ID</c> a reconnecting EventSource sends, else <c>?after=</c>, else the beginning.</summary>
    public static long ResumeAfter(HttpRequest request)
    {
        var text = request.Headers["Last-Event-ID"].FirstOrDefault() ?? request.Query["after"].FirstOrDefault();
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : 0;
    }
}
