using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;
using Workflows.Server.Database;

namespace Workflows.Desk.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the desk's model without starting a host or a database.</summary>
public sealed class DesignTimeDeskDbContextFactory : IDesignTimeDbContextFactory<DeskDbContext>
{
    private const string Nowhere = "Host=127.0.0.1;Database=workflows;Username=postgres";

    public DeskDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DeskDbContext>()
            .UseNpgsql(Nowhere, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", DeskTables.Schema)).Options,
            new DatabaseSession(NpgsqlDataSource.Create(Nowhere)));
}
