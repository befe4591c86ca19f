using Microsoft.EntityFrameworkCore;
using Workflows.Server.Decisions;
using Workflows.Server.Definitions;
using Workflows.Server.Definitions.Forms;
using Workflows.Server.Identity.Audit;
using Workflows.Server.Identity.Teams;
using Workflows.Server.Identity.Tokens;
using Workflows.Server.Identity.Users;
using Workflows.Server.Incidents;
using Workflows.Server.Instances;
using Workflows.Server.Journal;
using Workflows.Server.Messages;
using Workflows.Server.Outbox;
using Workflows.Server.Timers;
using Workflows.Server.UserTasks;

namespace Workflows.Server.Database;

/// <summary>The server's tables: published definitions and decisions with their evaluations, instances and what they wait on, the journal, the outbox, people (users, teams, API tokens) and the audit log.</summary>
public sealed class ServerDbContext(DbContextOptions<ServerDbContext> options, DatabaseSession session) : ModuleDbContext(options, session)
{
    public DbSet<DefinitionEntity> Definitions => Set<DefinitionEntity>();
    public DbSet<DefinitionFormEntity> DefinitionForms => Set<DefinitionFormEntity>();
    public DbSet<DraftEntity> Drafts => Set<DraftEntity>();
    public DbSet<DecisionEntity> Decisions => Set<DecisionEntity>();
    public DbSet<DecisionEvaluationEntity> DecisionEvaluations => Set<DecisionEvaluationEntity>();
    public DbSet<InstanceEntity> Instances => Set<InstanceEntity>();
    public DbSet<TokenEntity> Tokens => Set<TokenEntity>();
    public DbSet<UserTaskEntity> UserTasks => Set<UserTaskEntity>();
    public DbSet<TimerEntity> Timers => Set<TimerEntity>();
    public DbSet<SubscriptionEntity> Subscriptions => Set<SubscriptionEntity>();
    public DbSet<IncidentEntity> Incidents => Set<IncidentEntity>();
    public DbSet<JournalEntity> Journal => Set<JournalEntity>();
    public DbSet<OutboxMessageEntity> Outbox => Set<OutboxMessageEntity>();
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<TeamEntity> Teams => Set<TeamEntity>();
    public DbSet<TeamMemberEntity> TeamMembers => Set<TeamMemberEntity>();
    public DbSet<ApiTokenEntity> ApiTokens => Set<ApiTokenEntity>();
    public DbSet<AuditEntryEntity> Audit => Set<AuditEntryEntity>();

    protected override string Schema => ServerTables.Schema;

    protected override void Configure(ModelBuilder model)
    {
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
        model.Entity<DecisionEntity>(e => e.HasIndex(d => new { d.Key, d.Version }).IsUnique());
        model.Entity<DecisionEvaluationEntity>(e =>
        {
            e.Property(d => d.Inputs).HasColumnType("jsonb");
            e.Property(d => d.Outputs).HasColumnType("jsonb");
            e.HasIndex(d => d.InstanceId);
            e.HasIndex(d => new { d.DecisionKey, d.EvaluatedAt });
        });
        model.Entity<InstanceEntity>(e =>
        {
            e.Property(i => i.State).HasColumnType("jsonb");
            e.Property(i => i.Variables).HasColumnType("jsonb");
            e.HasIndex(i => new { i.Status, i.DefinitionKey });
            e.HasIndex(i => i.BusinessKey);
            e.HasIndex(i => new { i.ParentInstanceId, i.ParentCallId });
        });
        model.Entity<TokenEntity>(e =>
        {
            e.HasKey(t => new { t.InstanceId, t.TokenId });
            // Counts and waits per node of a version, and the oldest waits, read only this index.
            e.HasIndex(t => new { t.DefinitionId, t.NodeId, t.Since });
        });
        model.Entity<UserTaskEntity>(e =>
        {
            e.HasIndex(t => new { t.Status, t.Assignee });
            e.HasIndex(t => t.CandidateGroups).HasMethod("gin");
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
        model.Entity<IncidentEntity>(e =>
        {
            e.HasIndex(i => new { i.ResolvedAt, i.CreatedAt });
            e.HasIndex(i => new { i.InstanceId, i.LocalId });
        });
        model.Entity<JournalEntity>(e => e.HasIndex(j => new { j.InstanceId, j.Id }));
        model.Entity<OutboxMessageEntity>(e =>
        {
            e.Property(o => o.Payload).HasColumnType("jsonb");
            e.HasIndex(o => o.CreatedAt).HasFilter("delivered_at IS NULL");
        });
        model.Entity<UserEntity>(e =>
        {
            e.HasIndex(u => u.NormalizedUserName).IsUnique();
            e.HasIndex(u => u.ExternalId);
            e.HasIndex(u => u.SsoSubject).IsUnique();
        });
        model.Entity<TeamEntity>(e => e.HasIndex(t => t.Key).IsUnique());
        model.Entity<TeamMemberEntity>(e =>
        {
            e.HasKey(m => new { m.TeamId, m.UserId });
            e.HasIndex(m => m.UserId);
            e.HasOne<TeamEntity>().WithMany().HasForeignKey(m => m.TeamId).OnDelete(DeleteBehavior.Cascade);
            e.HasOne<UserEntity>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        });
        model.Entity<ApiTokenEntity>(e => e.HasIndex(t => t.SecretHash).IsUnique());
        model.Entity<AuditEntryEntity>(e =>
        {
            e.Property(a => a.Before).HasColumnType("jsonb");
            e.Property(a => a.After).HasColumnType("jsonb");
            e.HasIndex(a => a.At);
            e.HasIndex(a => new { a.TargetKind, a.TargetId });
        });
    }
}
