using System.Text;
using Microsoft.EntityFrameworkCore;
using Workflows.Host.Alerts;
using Workflows.Host.Auth;
using Workflows.Host.Cases;
using Workflows.Host.Customers;
using Workflows.Host.Definitions;
using Workflows.Host.Definitions.Forms;
using Workflows.Host.Incidents;
using Workflows.Host.Instances;
using Workflows.Host.Journal;
using Workflows.Host.Knowledge;
using Workflows.Host.Manager.Stuck;
using Workflows.Host.Messages;
using Workflows.Host.Outbox;
using Workflows.Host.Sla;
using Workflows.Host.Surveys;
using Workflows.Host.Timers;
using Workflows.Host.UserTasks;

namespace Workflows.Host.Database;

public sealed class WorkflowsDbContext(DbContextOptions<WorkflowsDbContext> options) : DbContext(options)
{
    public DbSet<DefinitionEntity> Definitions => Set<DefinitionEntity>();
    public DbSet<DefinitionFormEntity> DefinitionForms => Set<DefinitionFormEntity>();
    public DbSet<DraftEntity> Drafts => Set<DraftEntity>();
    public DbSet<InstanceEntity> Instances => Set<InstanceEntity>();
    public DbSet<TokenEntity> Tokens => Set<TokenEntity>();
    public DbSet<UserTaskEntity> UserTasks => Set<UserTaskEntity>();
    public DbSet<TimerEntity> Timers => Set<TimerEntity>();
    public DbSet<SubscriptionEntity> Subscriptions => Set<SubscriptionEntity>();
    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();
    public DbSet<JournalEntity> Journal => Set<JournalEntity>();
    public DbSet<OutboxMessageEntity> Outbox => Set<OutboxMessageEntity>();
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<CustomerEntity> Customers => Set<CustomerEntity>();
    public DbSet<CustomerContactEntity> CustomerContacts => Set<CustomerContactEntity>();
    public DbSet<AccountEntity> Accounts => Set<AccountEntity>();
    public DbSet<CaseEntity> Cases => Set<CaseEntity>();
    public DbSet<CaseMessageEntity> CaseMessages => Set<CaseMessageEntity>();
    public DbSet<SlaPolicyEntity> SlaPolicies => Set<SlaPolicyEntity>();
    public DbSet<HolidayEntity> Holidays => Set<HolidayEntity>();
    public DbSet<KbArticleEntity> KbArticles => Set<KbArticleEntity>();
    public DbSet<SurveyEntity> Surveys => Set<SurveyEntity>();
    public DbSet<AlertEntity> Alerts => Set<AlertEntity>();
    public DbSet<SettingEntity> Settings => Set<SettingEntity>();
    public DbSet<NodeWaitBaselineEntity> NodeWaitBaselines => Set<NodeWaitBaselineEntity>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.HasDefaultSchema("workflows");
        model.Entity<DefinitionEntity>(e => e.HasIndex(d => new { d.Key, d.Version }).IsUnique());
        model.Entity<DefinitionFormEntity>(e =>
        {
            e.HasKey(f => new { f.DefinitionId, f.FormKey });
            e.HasOne<DefinitionEntity>().WithMany().HasForeignKey(f => f.DefinitionId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<DraftEntity>(e =>
        {
            e.HasKey(d => d.Key);
            e.Property(d => d.Forms).HasColumnType("jsonb");
        });
        model.Entity<InstanceEntity>(e =>
        {
            e.Property(i => i.State).HasColumnType("jsonb");
            e.Property(i => i.Variables).HasColumnType("jsonb");
            e.Property(i => i.Revision).IsConcurrencyToken();
            e.HasIndex(i => new { i.Status, i.DefinitionKey });
            e.HasIndex(i => i.BusinessKey);
        });
        model.Entity<TokenEntity>(e =>
        {
            e.HasKey(t => new { t.InstanceId, t.TokenId });
            // The process view's counts and waits per node, and the stall check's oldest waits, read only this index.
            e.HasIndex(t => new { t.DefinitionId, t.NodeId, t.Since });
        });
        model.Entity<UserTaskEntity>(e =>
        {
            e.HasIndex(t => new { t.Status, t.Assignee });
            e.HasIndex(t => t.CandidateGroups).HasMethod("gin");
            // The inbox walks one of these in order and filters by queue, so a page costs the same at any size.
            e.HasIndex(t => new { t.SlaDueAt, t.CreatedAt }, "ix_user_tasks_open_sla").HasFilter("status = 'open'");
            e.HasIndex(t => new { t.Priority, t.CreatedAt }, "ix_user_tasks_open_priority").IsDescending(true, false).HasFilter("status = 'open'");
            e.HasIndex(t => t.DueDate, "ix_user_tasks_open_due").HasFilter("status = 'open'");
            e.HasIndex(t => t.CreatedAt, "ix_user_tasks_open_created").HasFilter("status = 'open'");
            // Breaches per node in the process view, and overdue callbacks (by form) in the stuck list.
            e.HasIndex(t => new { t.DefinitionId, t.SlaDueAt }, "ix_user_tasks_open_definition_sla").HasFilter("status = 'open'");
            e.HasIndex(t => new { t.FormKey, t.DueDate }, "ix_user_tasks_open_form_due").HasFilter("status = 'open'");
            e.HasIndex(t => t.CreatedAt, "ix_user_tasks_unclaimed").IncludeProperties(t => t.Id).HasFilter("status = 'open' AND assignee IS NULL");
            e.HasIndex(t => t.InstanceId);
            e.HasIndex(t => new { t.InstanceId, t.LocalId }).IsUnique();
        });
        model.Entity<TimerEntity>(e =>
        {
            // Not unique: a retried continuation gets a new row under the same local job id.
            e.HasIndex(t => new { t.InstanceId, t.LocalId });
            e.HasIndex(t => t.DueAt).HasFilter("fired_at IS NULL AND cancelled_at IS NULL");
        });
        model.Entity<SubscriptionEntity>(e =>
        {
            e.HasIndex(s => new { s.MessageName, s.BusinessKey });
            e.HasIndex(s => new { s.InstanceId, s.LocalId }).IsUnique();
        });
        model.Entity<IncidentEntity>(e => e.HasIndex(i => new { i.ResolvedAt, i.CreatedAt }));
        model.Entity<JournalEntity>(e => e.HasIndex(j => new { j.InstanceId, j.Id }));
        model.Entity<OutboxMessageEntity>(e =>
        {
            e.Property(o => o.Payload).HasColumnType("jsonb");
            e.HasIndex(o => o.CreatedAt).HasFilter("delivered_at IS NULL");
        });
        model.Entity<UserEntity>(e => e.HasIndex(u => u.UserName).IsUnique());
        model.Entity<NodeWaitBaselineEntity>(e => e.HasKey(b => new { b.DefinitionKey, b.NodeId }));
        SupportModel.Configure(model);
        UseSnakeCase(model);
    }

    /// <summary>Tables and columns in snake_case, so hand-written SQL and dashboards read naturally.</summary>
    private static void UseSnakeCase(ModelBuilder model)
    {
        foreach (var entity in model.Model.GetEntityTypes())
        {
            var name = Snake(entity.ClrType.Name.Replace("Entity", ""));
            entity.SetTableName(name.EndsWith('y') && !"aeiou".Contains(name[^2]) ? name[..^1] + "ies" : name + "s");
            foreach (var property in entity.GetProperties()) property.SetColumnName(Snake(property.Name));
        }
    }

    private static string Snake(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0) builder.Append('_');
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
