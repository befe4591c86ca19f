using Microsoft.Playwright;

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

    /// <summary>A fresh browser context (its own cookies), in English unless told otherwise.</summary>
    public async Task<IPage> PageAsync(string locale = "en-US")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Host.BaseAddress.ToString(), Locale = locale, AcceptDownloads = true });
        return await context.NewPageAsync();
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
