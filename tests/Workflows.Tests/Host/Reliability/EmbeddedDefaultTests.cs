using System.Diagnostics;
using Workflows.Tests.Support;
using static Workflows.Tests.Support.ApiScenario;

namespace Workflows.Tests.Host.Reliability;

/// <summary>
/// The embedded default as an ordinary user would meet it: no connection string, the host initialises
/// and starts its own cluster in the user's data folder. As root the host runs as the unprivileged
/// user "nobody", so the non-root path is exercised here too (the root path is every other test's).
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class EmbeddedDefaultTests
{
    [Fact]
    public async Task Host_StartsItsOwnCluster_AsAnOrdinaryUser_AndStopsIt()
    {
        var asRoot = Environment.UserName == "root";
        var home = Path.Combine(asRoot ? "/var/tmp/workflows-tests" : Path.GetTempPath(), "home-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(home);
        // As root the host runs as nobody, from a copy of the build that HostProcess puts in this home and hands to
        // nobody: the test needs nothing of the checkout, which may sit where nobody cannot read (as /root does).
        var data = Path.Combine(home, ".local", "share", "workflows", "pgdata");
        try
        {
            await using (var host = await HostProcess.StartEmbeddedAsync(home, asRoot ? "nobody" : null))
            {
                var designer = await host.SignInAsync("designer");
                var me = await GetJsonAsync(designer, "/api/auth/me");
                Assert.Equal("designer", me.GetProperty("userName").GetString());
                Assert.True(File.Exists(Path.Combine(data, "PG_VERSION")), "the cluster was not initialised in the user's data folder");
                Assert.True(File.Exists(Path.Combine(data, "postmaster.pid")));
                await host.StopAsync();
            }
            Assert.False(File.Exists(Path.Combine(data, "postmaster.pid")), "PostgreSQL kept running after the host stopped");
        }
        finally
        {
            try { Directory.Delete(home, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }
}
