using Microsoft.EntityFrameworkCore;
using Workflows.Server.Identity;
using Workflows.Desk.Cases;
using Workflows.Desk.Channels;
using Workflows.Server.Database;
using Workflows.Desk.Database;
using Workflows.Server.Problems;

using Workflows.Desk.Support;

namespace Workflows.Desk.Customers;

public static class CustomerEndpoints
{
    /// <summary>A customer's profile: who they are, how to reach them, every case, and their newest 200 messages across all of them.</summary>
    public sealed record CustomerDetails(CaseDetails.CustomerView Customer, IReadOnlyList<ContactView> Contacts, IReadOnlyList<CaseEndpoints.CaseSummary> Cases,
        IReadOnlyList<CustomerMessage> Messages);
    public sealed record CustomerMessage(Guid CaseId, string Direction, string Channel, string Kind, string? Subject, string Body, string? Author, DateTimeOffset At);
    public sealed record ContactView(string Channel, string Address);

    public static void MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/customers/{id:guid}/merge", (Guid id, CustomerMerge.MergeRequest request, CustomerMerge merge, CancellationToken ct) =>
            merge.MergeAsync(id, request, ct)).WithTags("Customers").Produces<CustomerMerge.MergeResult>()
            .WithSummary("Merges the customer record 'from' into this one: contacts, accounts, cases and messages move; 'from' goes; the audit log keeps both.")
            .RequireAuthorization(p => p.RequireRole(Roles.Manager, Roles.Admin));
        app.MapGet("/api/customers/{id:guid}", async (Guid id, DeskDbContext db, CancellationToken ct) =>
        {
            var customer = await db.Customers.AsNoTracking().Include(c => c.Accounts).Include(c => c.Contacts).AsSplitQuery().SingleOrDefaultAsync(c => c.Id == id, ct);
            if (customer is null) return Problem.NotFound(NotFoundKind.Customer, id);
            var cases = await db.Cases.AsNoTracking().Where(c => c.CustomerId == id).OrderByDescending(c => c.CreatedAt)
                .Select(c => new CaseEndpoints.CaseSummary(c.Id, c.Number, c.Channel, c.Category, c.Cause, c.Priority, c.Status, c.Subject, c.CustomerId,
                    c.CreatedAt, c.FirstResponseDueAt, c.FirstRespondedAt, c.FirstResponseBreachedAt, c.ResolvedAt, c.CsatScore))
                .ToListAsync(ct);
            var messages = await db.CaseMessages.AsNoTracking().Where(m => m.CustomerId == id).OrderByDescending(m => m.At).Take(200)
                .Select(m => new CustomerMessage(m.CaseId, m.Direction, m.Channel, m.Kind, m.Subject, m.Body, m.Author, m.At)).ToListAsync(ct);
            return Results.Ok(new CustomerDetails(CaseDetails.ToView(customer), customer.Contacts.Select(c => new ContactView(c.Channel, c.Address)).ToList(),
                cases, messages));
        }).WithTags("Customers").Produces<CustomerDetails>()
            .RequireAuthorization(p => p.RequireRole(SupportRoles.Staff));
    }
}
