using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Alerts;
using Workflows.Desk.Cases;
using Workflows.Desk.Customers;
using Workflows.Desk.Floor;
using Workflows.Desk.Inbox;
using Workflows.Desk.Knowledge;
using Workflows.Desk.Manager.Stuck;
using Workflows.Desk.Routing;
using Workflows.Desk.Shifts;
using Workflows.Desk.Sla;
using Workflows.Desk.Surveys;
using Workflows.Server.Database;
using Workflows.Desk.Attachments;
using Workflows.Desk.Macros;
using Workflows.Desk.Calls;
using Workflows.Desk.Channels.WeChat;
using Workflows.Desk.Channels.Email;
using Workflows.Desk.Channels.Chat;

namespace Workflows.Desk.Database;

/// <summary>
/// The support desk's tables, in its own schema: customers and their cases, SLA policies and holidays, the
/// knowledge base, surveys, alerts, the WeChat messages and mails received, and the projections it keeps from the server's
/// steps (the inbox's open tasks, the usual waits per node). Nothing here points into the server's tables; ids are plain values.
/// </summary>
public sealed class DeskDbContext(DbContextOptions<DeskDbContext> options, DatabaseSession session) : ModuleDbContext(options, session)
{
    public DbSet<CustomerEntity> Customers => Set<CustomerEntity>();
    public DbSet<CustomerContactEntity> CustomerContacts => Set<CustomerContactEntity>();
    public DbSet<AccountEntity> Accounts => Set<AccountEntity>();
    public DbSet<CaseEntity> Cases => Set<CaseEntity>();
    public DbSet<CaseMessageEntity> CaseMessages => Set<CaseMessageEntity>();
    public DbSet<SlaPolicyEntity> SlaPolicies => Set<SlaPolicyEntity>();
    public DbSet<HolidayEntity> Holidays => Set<HolidayEntity>();
    public DbSet<BusinessWeekEntity> BusinessWeeks => Set<BusinessWeekEntity>();
    public DbSet<KbArticleEntity> KbArticles => Set<KbArticleEntity>();
    public DbSet<KbRevisionEntity> KbRevisions => Set<KbRevisionEntity>();
    public DbSet<MacroEntity> Macros => Set<MacroEntity>();
    public DbSet<AttachmentEntity> Attachments => Set<AttachmentEntity>();
    public DbSet<SurveyEntity> Surveys => Set<SurveyEntity>();
    public DbSet<CallEntity> Calls => Set<CallEntity>();
    public DbSet<AlertEntity> Alerts => Set<AlertEntity>();
    public DbSet<SettingEntity> Settings => Set<SettingEntity>();
    public DbSet<NodeWaitBaselineEntity> NodeWaitBaselines => Set<NodeWaitBaselineEntity>();
    public DbSet<InboxTaskEntity> InboxTasks => Set<InboxTaskEntity>();
    public DbSet<AgentPresenceEntity> AgentPresences => Set<AgentPresenceEntity>();
    public DbSet<TeamRoutingEntity> TeamRoutings => Set<TeamRoutingEntity>();
    public DbSet<RoutingOfferEntity> RoutingOffers => Set<RoutingOfferEntity>();
    public DbSet<RoutingDeclineEntity> RoutingDeclines => Set<RoutingDeclineEntity>();
    public DbSet<ShiftTemplateEntity> ShiftTemplates => Set<ShiftTemplateEntity>();
    public DbSet<RosterEntryEntity> RosterEntries => Set<RosterEntryEntity>();
    public DbSet<WeChatReceiptEntity> WeChatReceipts => Set<WeChatReceiptEntity>();
    public DbSet<WeChatDeliveryEntity> WeChatDeliveries => Set<WeChatDeliveryEntity>();
    public DbSet<EmailReceiptEntity> EmailReceipts => Set<EmailReceiptEntity>();
    public DbSet<ChatCodeEntity> ChatCodes => Set<ChatCodeEntity>();
    public DbSet<ChatSessionEntity> ChatSessions => Set<ChatSessionEntity>();
    public DbSet<ChatEntryEntity> ChatEntries => Set<ChatEntryEntity>();
    public DbSet<Bot.BotConversationEntity> BotConversations => Set<Bot.BotConversationEntity>();

    protected override string Schema => DeskTables.Schema;

    protected override void Configure(ModelBuilder model)
    {
        model.HasSequence<long>("case_numbers");
        model.Entity<CustomerEntity>(e =>
        {
            e.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerId);
            e.HasMany(c => c.Accounts).WithOne().HasForeignKey(a => a.CustomerId);
            e.Property(c => c.SearchVector).HasComputedColumnSql(Search.SearchGrams.VectorOf("name"), stored: true);
            e.HasIndex(c => c.SearchVector).HasMethod("gin");
        });
        model.Entity<CustomerContactEntity>(e =>
        {
            e.HasIndex(c => new { c.Channel, c.Address }).IsUnique();
            // The case search finds a customer by any phone number or address, whatever the channel.
            e.HasIndex(c => c.Address);
        });
        model.Entity<AccountEntity>(e => e.HasIndex(a => a.Number).IsUnique());
        model.Entity<CaseEntity>(e =>
        {
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.IdempotencyKey).IsUnique();
            e.HasIndex(c => c.InstanceId);
            e.HasIndex(c => new { c.CustomerId, c.CreatedAt }).IncludeProperties(c => c.Id); // a name's cases, newest first, from the index alone
            e.HasIndex(c => new { c.Status, c.CreatedAt });
            e.HasIndex(c => new { c.Category, c.CreatedAt });
            e.HasIndex(c => c.CreatedAt);
            e.Property(c => c.SearchVector).HasComputedColumnSql(Search.SearchGrams.VectorOf("number || ' ' || subject || ' ' || description"), stored: true);
            e.HasIndex(c => c.SearchVector).HasMethod("gin");
            // The stuck list's breaches: walked oldest first, index only, and the page's cases fetched by id afterwards.
            e.HasIndex(c => c.FirstResponseDueAt, "ix_cases_first_response_open").IncludeProperties(c => c.Id)
                .HasFilter("first_responded_at IS NULL AND closed_at IS NULL");
            e.HasIndex(c => c.ResolutionDueAt, "ix_cases_resolution_open").IncludeProperties(c => c.Id)
                .HasFilter("resolved_at IS NULL AND closed_at IS NULL AND waiting_since IS NULL");
            e.HasOne<CustomerEntity>().WithMany().HasForeignKey(c => c.CustomerId);
        });
        model.Entity<CaseMessageEntity>(e =>
        {
            e.HasIndex(m => new { m.CaseId, m.At });
            e.HasIndex(m => new { m.CustomerId, m.At });
            e.HasOne<CaseEntity>().WithMany().HasForeignKey(m => m.CaseId);
        });
        model.Entity<CallEntity>(e =>
        {
            e.HasIndex(c => new { c.CaseId, c.StartedAt });
            e.HasOne<CaseMessageEntity>().WithOne().HasForeignKey<CallEntity>(c => c.Id);
        });
        model.Entity<SlaPolicyEntity>(e => e.HasIndex(p => new { p.Priority, p.Segment, p.Channel }).IsUnique().AreNullsDistinct(false));
        model.Entity<BusinessWeekEntity>(e =>
        {
            e.HasKey(h => h.TeamKey);
            e.ComplexCollection(h => h.Days, d => d.ToJson("days"));
        });
        model.Entity<HolidayEntity>(e => e.HasKey(h => h.Date));
        model.Entity<AgentPresenceEntity>(e => e.HasKey(p => p.UserName));
        model.Entity<TeamRoutingEntity>(e => e.HasKey(r => r.TeamKey));
        model.Entity<RoutingOfferEntity>(e =>
        {
            e.HasKey(o => o.TaskId);
            e.HasIndex(o => o.UserName);
            e.HasIndex(o => o.ExpiresAt);
            e.HasIndex(o => o.InstanceId);
        });
        model.Entity<RoutingDeclineEntity>(e =>
        {
            e.HasKey(d => new { d.TaskId, d.UserName });
            e.HasIndex(d => d.InstanceId);
        });
        model.Entity<ShiftTemplateEntity>(e => e.HasIndex(s => new { s.TeamKey, s.Name }).IsUnique());
        model.Entity<RosterEntryEntity>(e =>
        {
            e.HasIndex(r => new { r.TeamKey, r.Date });
            e.HasIndex(r => new { r.UserName, r.StartsAt });
            e.HasIndex(r => r.ShiftId);
        });
        model.Entity<AttachmentEntity>(e => e.HasIndex(a => a.CaseId));
        model.Entity<WeChatReceiptEntity>(e => e.HasKey(r => r.DedupeKey));
        model.Entity<WeChatDeliveryEntity>(e =>
        {
            e.HasKey(d => d.DedupeKey);
            e.Property(d => d.Fields).HasColumnType("jsonb");
        });
        model.Entity<EmailReceiptEntity>(e =>
        {
            e.HasKey(r => r.MessageKey);
            e.HasIndex(r => new { r.CaseId, r.ReceivedAt }); // a reply's threading headers: the case's mails, newest first
        });
        model.Entity<ChatCodeEntity>(e => e.HasIndex(c => new { c.Address, c.CreatedAt })); // codes sent lately; the newest to verify
        model.Entity<ChatSessionEntity>(e =>
        {
            e.HasIndex(c => c.CaseId);
            e.HasIndex(c => c.CustomerId); // the customer's open chat, whichever code they proved themselves with
        });
        model.Entity<ChatEntryEntity>(e =>
        {
            e.HasKey(c => new { c.ChatId, c.Seq });
            e.HasIndex(c => c.CaseMessageId).IsUnique().HasFilter("case_message_id IS NOT NULL");
        });
        model.Entity<Bot.BotConversationEntity>(e =>
        {
            // One open conversation per customer, even with two of their messages handled at once.
            e.HasIndex(c => c.CustomerId, "ix_bot_conversations_open").IsUnique().HasFilter("status = 'open'");
            e.HasIndex(c => c.CustomerId);
            e.HasIndex(c => c.StartedAt);
        });
        model.Entity<KbRevisionEntity>(e =>
        {
            e.HasIndex(r => new { r.Slug, r.Language, r.Version }).IsUnique();
            // One draft or review per article at a time, even with two editors saving at once.
            e.HasIndex(r => new { r.Slug, r.Language }, "ix_kb_revisions_open").IsUnique().HasFilter("status IN ('draft', 'review')");
        });
        model.Entity<KbArticleEntity>(e =>
        {
            e.HasIndex(a => new { a.Slug, a.Language }).IsUnique();
            e.HasIndex(a => new { a.Category, a.Language });
            e.Property(a => a.SearchVector).HasComputedColumnSql($"to_tsvector('{Search.SearchGrams.Configuration}'::regconfig, search_text)", stored: true);
            e.HasIndex(a => a.SearchVector).HasMethod("gin");
        });
        model.Entity<SurveyEntity>(e => e.HasIndex(s => s.CaseId));
        model.Entity<AlertEntity>(e =>
        {
            e.HasIndex(a => new { a.AcknowledgedAt, a.CreatedAt });
            e.HasIndex(a => new { a.Kind, a.Scope, a.Category, a.CreatedAt });
        });
        model.Entity<SettingEntity>(e => e.HasKey(s => s.Name));
        model.Entity<NodeWaitBaselineEntity>(e => e.HasKey(b => new { b.DefinitionKey, b.NodeId }));
        model.Entity<InboxTaskEntity>(e =>
        {
            e.HasKey(t => t.TaskId);
            e.HasIndex(t => t.InstanceId);
            e.HasIndex(t => t.Assignee);
            // Only open tasks are here, so each sort walks a plain index and filters by queue: a page costs the same at any size.
            e.HasIndex(t => new { t.SlaDueAt, t.CreatedAt }, "ix_inbox_tasks_sla");
            e.HasIndex(t => new { t.Priority, t.CreatedAt }, "ix_inbox_tasks_priority").IsDescending(true, false);
            e.HasIndex(t => t.DueDate, "ix_inbox_tasks_due");
            e.HasIndex(t => t.CreatedAt, "ix_inbox_tasks_created");
            // Breaches per node in the process view, overdue callbacks (by form) and unclaimed tasks in the stuck list.
            e.HasIndex(t => new { t.DefinitionId, t.SlaDueAt }, "ix_inbox_tasks_definition_sla");
            e.HasIndex(t => new { t.FormKey, t.DueDate }, "ix_inbox_tasks_form_due");
            e.HasIndex(t => t.CreatedAt, "ix_inbox_tasks_unclaimed").IncludeProperties(t => t.TaskId).HasFilter("assignee IS NULL");
        });
    }
}
