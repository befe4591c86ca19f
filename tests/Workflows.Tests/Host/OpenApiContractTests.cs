using System.Diagnostics;
using Workflows.Tests.Support;

namespace Workflows.Tests.Host;

/// <summary>
/// The web app's API types are generated from the host's OpenAPI document (openapi-typescript) and checked in at
/// ui/src/api/generated/openapi.ts. This test makes them from the document the current server produces and fails
/// when the checked-in file differs, so a contract can't change without the web app's types changing with it.
/// With UPDATE_API_TYPES=1 it writes the file instead.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class OpenApiContractTests(HostFixture host)
{
    public const string GeneratedTypes = "ui/src/api/generated/openapi.ts";

    /// <summary>The generator's command line, also in the README: objects without declared properties take any.</summary>
    public static readonly string[] GeneratorOptions = ["--empty-objects-unknown"];

    [Fact]
    public async Task CheckedInApiTypes_AreWhatTheServersDocumentGenerates()
    {
        var document = await host.Factory.CreateClient().GetStringAsync("/openapi/v1.json");
        var input = Path.Combine(Path.GetTempPath(), $"openapi-{Guid.NewGuid():N}.json");
        var output = Path.ChangeExtension(input, ".ts");
        await File.WriteAllTextAsync(input, document);
        try
        {
            await GenerateAsync(input, output);
            var generated = await File.ReadAllTextAsync(output);
            var checkedIn = RepositoryPaths.Of(GeneratedTypes.Split('/'));
            if (Environment.GetEnvironmentVariable("UPDATE_API_TYPES") == "1") await File.WriteAllTextAsync(checkedIn, generated);
            Assert.True(File.Exists(checkedIn) && await File.ReadAllTextAsync(checkedIn) == generated,
                $"{GeneratedTypes} is not what the server's OpenAPI document generates: an endpoint's contract changed. " +
                $"Regenerate it with UPDATE_API_TYPES=1 dotnet test --filter {nameof(OpenApiContractTests)}, then fix the web app where its types moved.");
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    private static async Task GenerateAsync(string input, string output)
    {
        var cli = RepositoryPaths.Of("ui", "node_modules", "openapi-typescript", "bin", "cli.js");
        Assert.True(File.Exists(cli), $"openapi-typescript is not installed: run npm ci in ui/ (./test.sh does).");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { cli, input, "-o", output }.Concat(GeneratorOptions)) start.ArgumentList.Add(argument);
        using var node = Process.Start(start)!;
        var errors = node.StandardError.ReadToEndAsync();
        await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, $"openapi-typescript failed: {await errors}");
    }
}
