using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Workflows.Host.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the host or a database.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<WorkflowsDbContext>
{
    public WorkflowsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<WorkflowsDbContext>().UseNpgsql("Host=127.0.0.1;Database=workflows;Username=postgres").Options);
}
