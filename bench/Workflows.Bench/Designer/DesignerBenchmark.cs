using System.Globalization;
using Microsoft.Playwright;
using Workflows.Bench.Runtime;

namespace Workflows.Bench.Designer;

/// <summary>
/// How long the designer takes to open the shipped support flow (55 nodes, 65 flows): from importXML to fit-to-viewport,
/// as the page measures it (performance marks designer-open-*), in Debian's Chromium against a real host. Opens it
/// the given number of times (20 by default) in one page and prints the median, p95 and slowest.
/// </summary>
public static class DesignerBenchmark
{
    public static async Task RunAsync(string[] args)
    {
        var opens = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 20;
        if (!File.Exists("/usr/bin/chromium")) throw new InvalidOperationException("The designer benchmark drives Debian's chromium: apt-get install chromium.");
        await using var postgres = await BenchCluster.StartAsync("designer");
        using var host = BenchHost.Start(postgres.ConnectionString, out var baseAddress);
        try
        {
            using (var probe = new HttpClient { BaseAddress = baseAddress }) await BenchHost.WaitReadyAsync(probe);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = "/usr/bin/chromium", Headless = true,
                Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            });
            var page = await (await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseAddress.ToString() })).NewPageAsync();
            await page.GotoAsync("/");
            await page.FillAsync("#user", "designer");
            await page.FillAsync("#password", "demo");
            await page.ClickAsync("form.sign-in button[type=submit]");
            await page.WaitForSelectorAsync("[data-element-id=StartEvent_1]");
            var flow = Path.Combine(BenchHost.Repository, "workflows", "support-flow.bpmn");

            var times = new List<double>();
            for (var i = 0; i < opens; i++)
            {
                await page.SetInputFilesAsync("[data-testid=import-file]", flow);
                await page.WaitForSelectorAsync("[data-element-id=understand]");
                times.Add(double.Parse((await page.GetByTestId("canvas").GetAttributeAsync("data-opened-ms"))!, CultureInfo.InvariantCulture));
                await page.ClickAsync("[data-action=new]");
                await page.WaitForSelectorAsync("[data-element-id=understand]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Detached });
            }
            Console.WriteLine($"in order: {string.Join(", ", times.Select(t => t.ToString("F0", CultureInfo.InvariantCulture)))} ms");
            times.Sort();
            Console.WriteLine($"designer opens the support flow ({opens} times): median {times[times.Count / 2]:F0} ms, " +
                $"p95 {times[Math.Max(0, (int)Math.Ceiling(times.Count * 0.95) - 1)]:F0} ms, slowest {times[^1]:F0} ms (target <= 1000 ms)");
        }
        finally
        {
            host.Kill(entireProcessTree: true);
        }
    }
}
