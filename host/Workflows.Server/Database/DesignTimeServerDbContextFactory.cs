using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace Workflows.Server.Database;

/// <summary>Lets <c>dotnet ef migrations add</c> build the server's model without starting a host or a database.</summary>
public sealed class DesignTimeServerDbContextFactory : IDesignTimeDbContextFactory<ServerDbContext>
{
    private const string Nowhere = "Host=127.0.0.1;Database=workflows;Username=postgres";

    public ServerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<ServerDbContext>()
            .UseNpgsql(Nowhere, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", ServerTables.Schema)).Options,
            new DatabaseSession(NpgsqlDataSource.Create(Nowhere)));
}
