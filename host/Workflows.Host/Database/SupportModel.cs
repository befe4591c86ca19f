using Microsoft.EntityFrameworkCore;
using Workflows.Host.Alerts;
using Workflows.Host.Cases;
using Workflows.Host.Customers;
using Workflows.Host.Knowledge;
using Workflows.Host.Sla;
using Workflows.Host.Surveys;

namespace Workflows.Host.Database;

/// <summary>The support domain's tables, with the indexes its lists and the intake make.</summary>
internal static class SupportModel
{
    public static void Configure(ModelBuilder model)
    {
        model.HasSequence<long>("case_numbers");
        model.Entity<CustomerEntity>(e =>
        {
            e.HasMany(c => c.Contacts).WithOne().HasForeignKey(c => c.CustomerId);
            e.HasMany(c => c.Accounts).WithOne().HasForeignKey(a => a.CustomerId);
        });
        model.Entity<CustomerContactEntity>(e => e.HasIndex(c => new { c.Channel, c.Address }).IsUnique());
        model.Entity<AccountEntity>(e => e.HasIndex(a => a.Number).IsUnique());
        model.Entity<CaseEntity>(e =>
        {
            e.HasIndex(c => c.Number).IsUnique();
            e.HasIndex(c => c.IdempotencyKey).IsUnique();
            e.HasIndex(c => c.InstanceId);
            e.HasIndex(c => new { c.CustomerId, c.CreatedAt });
            e.HasIndex(c => new { c.Status, c.CreatedAt });
            e.HasIndex(c => new { c.Category, c.CreatedAt });
            e.HasIndex(c => c.CreatedAt);
            // The stuck list's SLA breaches: only cases still running against a target are in these, oldest target first.
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
        model.Entity<SlaPolicyEntity>(e => e.HasIndex(p => new { p.Priority, p.Segment }).IsUnique().AreNullsDistinct(false));
        model.Entity<HolidayEntity>(e => e.HasKey(h => h.Date));
        model.Entity<KbArticleEntity>(e =>
        {
            e.HasIndex(a => new { a.Slug, a.Language }).IsUnique();
            e.HasIndex(a => new { a.Category, a.Language });
        });
        model.Entity<SurveyEntity>(e => e.HasIndex(s => s.CaseId));
        model.Entity<AlertEntity>(e =>
        {
            e.HasIndex(a => new { a.AcknowledgedAt, a.CreatedAt });
            e.HasIndex(a => new { a.Kind, a.Scope, a.Category, a.CreatedAt });
        });
        model.Entity<SettingEntity>(e => e.HasKey(s => s.Name));
    }
}
