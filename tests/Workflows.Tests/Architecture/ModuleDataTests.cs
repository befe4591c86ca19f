using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Workflows.Desk.Database;
using Workflows.Server.Database;
using Workflows.Tests.Support;

namespace Workflows.Tests.Architecture;

/// <summary>
/// Each module owns its data: its own schema, its table names spelled once (and the model keeping to them), raw SQL
/// that takes them from there, its own baseline migration, and no database trigger anywhere.
/// </summary>
public sealed class ModuleDataTests
{
    public static TheoryData<string> Modules => new() { "server", "desk" };

    private static (DbContext Context, Type Tables) Module(string name) => name == "server"
        ? (new DesignTimeServerDbContextFactory().CreateDbContext([]), typeof(ServerTables))
        : (new DesignTimeDeskDbContextFactory().CreateDbContext([]), typeof(DeskTables));

    /// <summary>The schema-qualified names a Tables class spells: every string constant but the schemas themselves.</summary>
    private static HashSet<string> Spelled(Type tables) => tables.GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name is not ("Schema" or "HangfireSchema")).Select(f => (string)f.GetRawConstantValue()!).ToHashSet();

    [Theory]
    [MemberData(nameof(Modules))]
    public void EveryTableAndSequence_IsSpelledByItsModule_AndInItsOwnSchema(string module)
    {
        var (context, tables) = Module(module);
        using (context)
        {
            var schema = (string)tables.GetField("Schema")!.GetRawConstantValue()!;
            var mapped = context.Model.GetEntityTypes().Select(e => $"{e.GetSchema()}.{e.GetTableName()}")
                .Concat(context.Model.GetSequences().Select(s => $"{s.Schema}.{s.Name}")).ToHashSet();
            Assert.All(mapped, name => Assert.StartsWith(schema + ".", name));
            Assert.True(mapped.SetEquals(Spelled(tables)),
                $"{tables.Name} and the {module}'s model disagree. Only in the model: {string.Join(", ", mapped.Except(Spelled(tables)))}; " +
                $"only in {tables.Name}: {string.Join(", ", Spelled(tables).Except(mapped))}.");
        }
    }

    [Fact]
    public void RawSql_TakesItsTableNamesFromTheModules_NeverWritesASchema()
    {
        var names = Spelled(typeof(ServerTables)).Concat(Spelled(typeof(DeskTables))).Select(n => n.Split('.')[1]).Distinct();
        var written = new Regex($@"\b(?:{ServerTables.Schema}|{DeskTables.Schema})\.(?:{string.Join('|', names)})\b");
        var offenders = SourceFiles("*.cs")
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}") && !f.EndsWith("Tables.cs") && !f.EndsWith(nameof(ModuleDataTests) + ".cs"))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => written.IsMatch(l.Text)).Select(l => $"{Path.GetRelativePath(RepositoryPaths.Root, l.File)}:{l.Line}").ToList();
        Assert.True(offenders.Count == 0, $"Raw SQL writes a schema by hand; take the table from ServerTables or DeskTables: {string.Join(", ", offenders)}");
    }

    [Fact]
    public void NoDatabaseTrigger_Anywhere()
    {
        var trigger = new Regex("CREATE\\s+(OR\\s+REPLACE\\s+)?" + "TRIGGER", RegexOptions.IgnoreCase);
        var offenders = SourceFiles("*.cs").Concat(SourceFiles("*.sql")).Where(f => !f.EndsWith(nameof(ModuleDataTests) + ".cs"))
            .Where(f => trigger.IsMatch(File.ReadAllText(f))).Select(f => Path.GetRelativePath(RepositoryPaths.Root, f)).ToList();
        Assert.True(offenders.Count == 0, $"A module reacts to the server's steps through IStepParticipant, not a trigger: {string.Join(", ", offenders)}");
    }

    /// <summary>
    /// Each module starts from one baseline, and the baselines stay within 4,000 lines (the bound the split into
    /// modules set; the snapshots grow with the model and are not counted); each migration after a baseline is a
    /// small hand-written one, without a generated designer file.
    /// </summary>
    [Fact]
    public void Migrations_AreOneBaselinePerModule_WithinFourThousandLines_ThenSmallOnes()
    {
        var folders = Directory.GetDirectories(RepositoryPaths.Of("host"), "Migrations", SearchOption.AllDirectories).Where(NotBuildOutput).ToList();
        Assert.Equal(["Workflows.Desk", "Workflows.Server"], folders.Select(f => Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(f)))!).Order());
        var files = folders.SelectMany(f => Directory.GetFiles(f, "*.cs")).ToList();
        var baseline = files.Where(f => f.Contains("_Baseline")).ToList();
        Assert.Equal(2, baseline.Count(f => f.EndsWith("_Baseline.cs")));
        Assert.InRange(baseline.Sum(f => File.ReadLines(f).Count()), 1, 4000);
        foreach (var later in files.Except(baseline).Where(f => !f.EndsWith("ModelSnapshot.cs")))
        {
            Assert.False(later.EndsWith(".Designer.cs"), $"{Path.GetFileName(later)}: a migration after the baseline is written by hand, without a designer file.");
            Assert.InRange(File.ReadLines(later).Count(), 1, 150);
        }
    }

    private static IEnumerable<string> SourceFiles(string pattern) =>
        new[] { "host", "engine", "activities", "workflows", "tests", "bench" }
            .SelectMany(d => Directory.GetFiles(RepositoryPaths.Of(d), pattern, SearchOption.AllDirectories)).Where(NotBuildOutput);

    private static bool NotBuildOutput(string path) =>
        !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "node_modules");
}
