using Microsoft.EntityFrameworkCore;
using Npgsql;
using Workflows.Desk.Bot;
using Workflows.Desk.Cases;
using Workflows.Desk.Customers;
using Workflows.Desk.Database;

namespace Workflows.Desk.Channels.WeChat;

/// <summary>
/// What a message from WeChat does at the desk, done while WeChat waits (it gives up after 5 seconds) but with
/// nothing slow: one transaction, and no call out but the bot's optional rephrasing model, before the transaction and
/// bounded by its own timeout (a late answer goes out as a customer-service message). A new OpenID becomes a customer; what the customer says or shows
/// continues their open case or, when the bot (<see cref="BotConversations"/>) does not settle it, opens one; a follow
/// (subscribe) gets a welcome and opens nothing; a menu click or an unfollow is noted on the open case. Every delivery leaves a receipt in the same transaction, so WeChat's retries
/// write nothing twice.
/// </summary>
public sealed class WeChatInbox(DeskDbContext db, CaseIntake intake, CustomerReplies replies, BotConversations bot, TimeProvider clock, ILogger<WeChatInbox> log)
{
    /// <returns>The text of a passive reply, or null to answer "success" (nothing to say now).</returns>
    public async Task<string?> ReceiveAsync(WeChatInboundMessage message, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await HandleAsync(message, ct);
            }
            catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } && attempt == 1)
            {
                // Someone committed first: this very message, redelivered while we worked on it (its receipt), or another
                // message of the same new customer (their contact). In the first case we are done; in the second, again.
                db.ChangeTracker.Clear();
                if (await ReceivedAsync(message, ct)) return await RepeatAsync(message, ct);
            }
        }
    }

    private async Task<string?> HandleAsync(WeChatInboundMessage message, CancellationToken ct)
    {
        if (await ReceivedAsync(message, ct)) return await RepeatAsync(message, ct);
        var receipt = new WeChatReceiptEntity
        {
            DedupeKey = message.DedupeKey, OpenId = message.FromUserName, MsgType = message.MsgType, Event = message.Event, ReceivedAt = clock.GetUtcNow(),
        };
        var unfollowed = message.IsEvent("unsubscribe");
        var customer = await FindCustomerAsync(message.FromUserName, ct) ?? (unfollowed ? null : NewCustomer(message.FromUserName));
        var open = customer is null || db.Entry(customer).State == EntityState.Added ? null : await OpenCaseAsync(customer.Id, ct);
        var described = WeChatTexts.Describe(message) is { } text ? Cap(text) : null;

        if (message.IsContent && described is not null && open is not null)
        {
            var reply = replies.Inbound(open, ContactChannels.WeChat, "reply", described, null);
            if ((await replies.AppendAsync(open, reply, [receipt], null, ct)).Error is { } error)
            {
                // The customer's words must not be lost to a failing step: they stay on the timeline, outside the flow.
                log.LogError("WeChat message {Key} did not reach the flow of case {Case}: {Error}", message.DedupeKey, open.Number, error.Message);
                db.ChangeTracker.Clear();
                await replies.KeepAsync(reply, [receipt], ct);
            }
            return null;
        }
        if (message.IsContent && described is not null)
        {
            // Before an agent, the bot (Bot/): its answer is the passive reply; a hand-off opens the case with the transcript.
            var turn = await bot.HearAsync(customer!.Id, ContactChannels.WeChat, message.DedupeKey, described, message.MsgType == "text", ct);
            db.WeChatReceipts.Add(receipt);
            if (turn is { HandOff: null })
            {
                await db.SaveChangesAsync(ct);
                return turn.Reply;
            }
            var words = turn?.HandOff is { } handedOff ? Cap(BotConversations.Description(handedOff)) : described;
            var request = new IntakeRequest(ContactChannels.WeChat, new CustomerReference(customer!.Id, null, null, null, null, null, null, null),
                WeChatTexts.Subject(words), words, null, null, null, null);
            // The message id is also the case's idempotency key: a redelivery racing this one finds this case.
            var opened = await intake.OpenAsync(request, message.MsgId is { } id ? $"wechat:{id}" : null, null, ct,
                turn?.HandOff is { } conversation ? c => bot.Alongside(conversation, c) : null);
            if (opened.Case is null)
                throw new InvalidOperationException($"WeChat message {message.DedupeKey} could not open a case: {opened.StepError?.Message ?? opened.Mistake?.Message}");
            return turn?.Reply;
        }
        if (open is not null && described is not null && (message.IsEvent("CLICK") || unfollowed))
        {
            await replies.KeepAsync(replies.Inbound(open, ContactChannels.WeChat, "wechat-event", described, null), [receipt], ct);
            return null;
        }
        db.WeChatReceipts.Add(receipt);
        await db.SaveChangesAsync(ct);
        return message.IsEvent("subscribe") ? WeChatTexts.Welcome(customer!.Language) : null;
    }

    private Task<bool> ReceivedAsync(WeChatInboundMessage message, CancellationToken ct) =>
        db.WeChatReceipts.AsNoTracking().AnyAsync(r => r.DedupeKey == message.DedupeKey, ct);

    /// <summary>
    /// A redelivery writes nothing; a follow is welcomed again, and the bot's answer given again, since WeChat shows only
    /// the answer to its last try.
    /// </summary>
    private async Task<string?> RepeatAsync(WeChatInboundMessage message, CancellationToken ct)
    {
        var customer = await FindCustomerAsync(message.FromUserName, ct);
        if (message.IsEvent("subscribe")) return WeChatTexts.Welcome(customer?.Language ?? WeChatTexts.CustomerLanguage);
        return customer is null ? null : await bot.RepeatAsync(customer.Id, message.DedupeKey, ct);
    }

    private Task<CustomerEntity?> FindCustomerAsync(string openId, CancellationToken ct) =>
        db.Customers.FirstOrDefaultAsync(c => c.Contacts.Any(k => k.Channel == ContactChannels.WeChat && k.Address == openId), ct);

    private CustomerEntity NewCustomer(string openId)
    {
        var customer = new CustomerEntity
        {
            Id = Guid.CreateVersion7(), Name = WeChatTexts.NewCustomerName(openId), Segment = CustomerSegments.Consumer,
            Language = WeChatTexts.CustomerLanguage, CreatedAt = clock.GetUtcNow(),
        };
        customer.Contacts.Add(new CustomerContactEntity { Id = Guid.CreateVersion7(), Channel = ContactChannels.WeChat, Address = openId });
        db.Customers.Add(customer);
        return customer;
    }

    /// <summary>The customer's newest case still being worked; a resolved one is done, so news opens a new case.</summary>
    private Task<CaseEntity?> OpenCaseAsync(Guid customerId, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.CustomerId == customerId && c.Status != CaseStatuses.Resolved && c.Status != CaseStatuses.Closed)
            .OrderByDescending(c => c.CreatedAt).FirstOrDefaultAsync(ct);

    private static string Cap(string text) => text.Length <= IntakeRules.MaxDescription ? text : text[..(IntakeRules.MaxDescription - 1)] + "…";
}
