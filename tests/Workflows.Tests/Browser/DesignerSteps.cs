using Microsoft.Playwright;

using Workflows.Tests.Support;

namespace Workflows.Tests.Browser;

/// <summary>What the designer's browser tests do again and again: find repository files, select, export, read the status.</summary>
internal static class DesignerSteps
{
    public static string Repository(params string[] parts) => RepositoryPaths.Of(parts);

    /// <summary>Clicks an element until it is selected: the first click into the canvas may only give it keyboard focus.</summary>
    public static async Task SelectAsync(IPage page, string elementId, LocatorBoundingBoxResult box)
    {
        var selected = page.Locator($".djs-element.selected[data-element-id='{elementId}']");
        for (var attempt = 0; attempt < 3 && await selected.CountAsync() == 0; attempt++)
        {
            await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
            await page.WaitForTimeoutAsync(600);
        }
        await Assertions.Expect(selected).ToHaveCountAsync(1);
    }

    public static async Task<string> ExportAsync(IPage page)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("[data-action=export]"));
        return await File.ReadAllTextAsync((await download.PathAsync())!);
    }

    public static async Task ExpectStatusAsync(IPage page, string text) =>
        await Assertions.Expect(page.GetByTestId("status")).ToContainTextAsync(text, new() { Timeout = 15_000 });
}
