using System.Reflection;
using NetArchTest.Rules;
using Workflows.Desk;
using Workflows.Dmn.Evaluation;
using Workflows.Engine.Interpreting;
using Workflows.Server;

namespace Workflows.Tests.Architecture;

/// <summary>
/// The layers of DESIGN.md: Host → Desk → Server → Engine (and Dmn), and activities → Engine. A wrong reference fails here
/// with the rule it breaks and the types that break it.
/// </summary>
public sealed class LayerTests
{
    private static readonly Assembly Engine = typeof(Interpreter).Assembly;
    private static readonly Assembly Dmn = typeof(DmnEvaluator).Assembly;
    private static readonly Assembly Server = typeof(ServerSetup).Assembly;
    private static readonly Assembly Desk = typeof(DeskSetup).Assembly;
    private static readonly Assembly Host = typeof(Program).Assembly;
    private static readonly Assembly Activities = typeof(Workflows.Activities.SupportActivities).Assembly;

    private static readonly string[] Frameworks = ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "Hangfire", "Npgsql"];

    [Fact]
    public void Engine_DependsOnNothingOfOurs_NorOnAWebOrDatabaseFramework() =>
        Holds("the engine is pure: nothing of ours, no ASP.NET Core, EF Core, Hangfire or Npgsql", Engine,
            ["Workflows.Server", "Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions", .. Frameworks]);

    [Fact]
    public void Dmn_DependsOnNothingOfOurs_NorOnAWebOrDatabaseFramework() =>
        Holds("the DMN library is pure: nothing of ours (not even the engine), no ASP.NET Core, EF Core, Hangfire or Npgsql", Dmn,
            ["Workflows.Engine", "Workflows.Server", "Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions", .. Frameworks]);

    [Fact]
    public void Server_KnowsNothingOfTheDesk_ItsActivities_OrTheHost() =>
        Holds("the server knows nothing of support (Host → Desk → Server → Engine)", Server,
            ["Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions"]);

    [Fact]
    public void Desk_DoesNotDependOnTheHost() =>
        Holds("the desk does not reach up into the host", Desk, ["Workflows.Host"]);

    [Fact]
    public void Activities_DependOnTheEngineOnly() =>
        Holds("activities see the engine's contract only", Activities, ["Workflows.Server", "Workflows.Desk", "Workflows.Host", .. Frameworks]);

    [Fact]
    public void Host_IsCompositionOnly_ItTouchesNoDatabase() =>
        Holds("the host composes; data access lives in the server and the desk", Host, ["Microsoft.EntityFrameworkCore", "Npgsql", "Hangfire"]);

    [Theory]
    [InlineData("Workflows.Engine", new[] { "Workflows.Server", "Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions" })]
    [InlineData("Workflows.Dmn", new[] { "Workflows.Engine", "Workflows.Server", "Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions" })]
    [InlineData("Workflows.Server", new[] { "Workflows.Desk", "Workflows.Host", "Workflows.Activities", "Workflows.Definitions" })]
    [InlineData("Workflows.Desk", new[] { "Workflows.Host" })]
    [InlineData("Workflows.Activities", new[] { "Workflows.Server", "Workflows.Desk", "Workflows.Host" })]
    public void ProjectReferences_PointOneWay(string assembly, string[] forbidden)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var wrong = references.Intersect(forbidden).ToList();
        Assert.True(wrong.Count == 0, $"{assembly} references {string.Join(", ", wrong)}: dependencies point Host → Desk → Server → Engine, activities → Engine.");
    }

    private static void Holds(string rule, Assembly assembly, string[] forbidden)
    {
        var result = Types.InAssembly(assembly).ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
        Assert.True(result.IsSuccessful,
            $"Rule broken: {rule}. These types of {assembly.GetName().Name} depend on {string.Join(" or ", forbidden)}: " +
            string.Join(", ", result.FailingTypeNames ?? []));
    }
}
