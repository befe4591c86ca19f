using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ganss.Xss;
using MimeKit;

namespace Workflows.Desk.Channels.Email;

/// <summary>
/// What of a mail's body the case's timeline shows: its text/plain part, or else the text of its HTML once
/// HtmlSanitizer has taken out scripts, handlers, styles and active links. Reading text out of raw HTML would keep a
/// script's source as words; sanitising first leaves only what a reader would see.
/// </summary>
public static class EmailBodies
{
    private static readonly HtmlSanitizer Sanitizer = new();
    private static readonly HashSet<string> Blocks = ["P", "DIV", "LI", "TR", "H1", "H2", "H3", "H4", "H5", "H6", "BLOCKQUOTE", "PRE", "TABLE", "UL", "OL"];

    /// <summary>The body as text (possibly empty), and the sanitised HTML when the mail had HTML.</summary>
    public static (string Text, string? SafeHtml) Read(MimeMessage message)
    {
        var safeHtml = message.HtmlBody is { Length: > 0 } html ? Sanitize(html) : null;
        var text = message.TextBody is { } plain && !string.IsNullOrWhiteSpace(plain) ? plain : safeHtml is null ? "" : TextOf(safeHtml);
        return (Tidy(text), safeHtml);
    }

    /// <summary>HTML as safe to show in a page: no script, no event handler, no javascript: link, no style that loads anything.</summary>
    public static string Sanitize(string html)
    {
        lock (Sanitizer) return Sanitizer.Sanitize(html); // one sanitiser, used one mail at a time: mail arrives far slower than it runs
    }

    /// <summary>The words a reader of (sanitised) HTML sees, with line breaks where blocks and breaks are.</summary>
    public static string TextOf(string safeHtml)
    {
        var document = new HtmlParser().ParseDocument(safeHtml);
        var text = new StringBuilder();
        Walk(document.Body ?? (INode)document, text);
        return text.ToString();
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText words) text.Append(words.Data);
            else if (child is IElement { TagName: "BR" }) text.Append('\n');
            else if (child is IElement element)
            {
                var block = Blocks.Contains(element.TagName);
                if (block) text.Append('\n');
                Walk(element, text);
                if (block) text.Append('\n');
            }
        }
    }

    /// <summary>Line ends made \n, runs of spaces and of blank lines shortened, the ends trimmed.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n')
            .Select(l => string.Join(' ', l.Split([' ', '\t', '\u00a0'], StringSplitOptions.RemoveEmptyEntries)));
        var kept = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            blank = line.Length == 0 ? blank + 1 : 0;
            if (blank < 2) kept.Append(line).Append('\n');
        }
        return kept.ToString().Trim();
    }
}
