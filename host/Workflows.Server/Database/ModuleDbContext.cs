using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Workflows.Server.Database;

/// <summary>
/// What every module's DbContext shares: its own schema, snake_case names (so hand-written SQL and dashboards read
/// naturally), and the scope's <see cref="DatabaseSession"/>, whose open transaction it joins when it saves.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly DatabaseSession _session;

    protected ModuleDbContext(DbContextOptions options, DatabaseSession session) : base(options)
    {
        _session = session;
        session.Attach(this);
        // A save inside the scope's transaction needs no savepoint of its own: a failure rolls the whole transaction
        // back. EF's automatic savepoints cost two round trips per save.
        Database.AutoSavepointsEnabled = false;
    }

    /// <summary>The module's schema; its tables and its migration history live there.</summary>
    protected abstract string Schema { get; }

    protected abstract void Configure(ModelBuilder model);

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await _session.EnlistAsync(this, cancellationToken);
        return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        _session.EnlistAsync(this, CancellationToken.None).GetAwaiter().GetResult();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    protected sealed override void OnModelCreating(ModelBuilder model)
    {
        model.HasDefaultSchema(Schema);
        Configure(model);
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
