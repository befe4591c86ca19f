using Microsoft.Playwright;
using Npgsql;

using Workflows.Desk.Database;

namespace Workflows.Tests.Support;

/// <summary>
/// A real host process on its own database and Debian's Chromium driven by Playwright: the browser tests use
/// the app exactly as a person would, over loopback.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly ClusterFixture _cluster = new();
    private IPlaywright? _playwright;

    public HostProcess Host { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The host's database, for what only a manager's tools would change (SLA policies).</summary>
    public string ConnectionString { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists("/usr/bin/chromium"))
            throw new InvalidOperationException("The browser tests need Debian's chromium at /usr/bin/chromium: run ./test.sh as root, or apt-get install chromium.");
        await _cluster.InitializeAsync();
        ConnectionString = await _cluster.Cluster.CreateDatabaseAsync("browser");
        Host = await HostProcess.StartAsync(ConnectionString);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>A fresh browser context (its own cookies), in English unless told otherwise, on the shared host or <paramref name="host"/>.</summary>
    public async Task<IPage> PageAsync(string locale = "en-US", HostProcess? host = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = (host ?? Host).BaseAddress.ToString(), Locale = locale, AcceptDownloads = true,
            TimezoneId = locale.StartsWith("zh", StringComparison.Ordinal) ? "Asia/Shanghai" : null,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A fresh database on the shared cluster, for a test that runs a host of its own and must see only its own data.</summary>
    public Task<string> CreateDatabaseAsync(string database) => _cluster.Cluster.CreateDatabaseAsync(database);

    /// <summary>Replaces the SLA policy for a priority and segment, as a manager would in the table, with a short first response.</summary>
    public async Task SlaPolicyAsync(string priority, string segment, TimeSpan firstResponse, double warnAt, string? connectionString = null)
    {
        await using var db = new NpgsqlConnection(connectionString ?? ConnectionString);
        await db.OpenAsync();
        await using var policy = new NpgsqlCommand($"""
            DELETE FROM {DeskTables.SlaPolicies} WHERE priority = @priority AND segment = @segment;
            INSERT INTO {DeskTables.SlaPolicies} (id, priority, segment, first_response, resolution, warn_at, business_hours_only)
            VALUES (gen_random_uuid(), @priority, @segment, @firstResponse, interval '1 hour', @warnAt, false);
            """, db);
        policy.Parameters.AddWithValue("priority", priority);
        policy.Parameters.AddWithValue("segment", segment);
        policy.Parameters.AddWithValue("firstResponse", firstResponse);
        policy.Parameters.AddWithValue("warnAt", warnAt);
        await policy.ExecuteNonQueryAsync();
    }

    public static async Task SignInAsync(IPage page, string userName)
    {
        await page.GotoAsync("/");
        await page.FillAsync("#user", userName);
        await page.FillAsync("#password", "demo");
        await page.ClickAsync("form.sign-in button[type=submit]");
        await page.WaitForSelectorAsync("header");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        await _cluster.DisposeAsync();
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
