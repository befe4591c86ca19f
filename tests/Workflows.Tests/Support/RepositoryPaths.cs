namespace Workflows.Tests.Support;

/// <summary>Files of the checkout the tests read: tests/Workflows.Tests/bin/&lt;configuration&gt;/net10.0 is five levels below its root.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));

    public static string Of(params string[] parts) => Path.Combine([Root, .. parts]);
}
