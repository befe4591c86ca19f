using System.Text.RegularExpressions;
using Workflows.Server.Problems;

namespace Workflows.Desk.Knowledge;

/// <summary>What an article may be: a slug of lower-case words, zh-CN or en, a title, summary and body of sensible length, a category and a few tags.</summary>
public static partial class KbRevisionRules
{
    public static readonly IReadOnlyList<string> Languages = ["zh-CN", "en"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    public static Mistake? CheckAddress(string slug, string language) =>
        slug.Length is < 3 or > 80 || !SlugPattern().IsMatch(slug)
            ? Mistake.Of("kb.slug.invalid", "slug", "A slug is 3 to 80 lower-case letters, digits and single hyphens (payment-limits).", ("value", slug))
            : !Languages.Contains(language) ? Mistake.Of("kb.language.unknown", "language", "language is zh-CN or en.", ("value", language)) : null;

    public static Mistake? Check(KbRevisionInput input)
    {
        if (Text(input.Title, 200) is { } title) return Mistake.Of(title, "title", "Give a title of at most 200 characters.");
        if (Text(input.Summary, 500) is { } summary) return Mistake.Of(summary, "summary", "Give a summary of at most 500 characters: agents see it in the suggestions.");
        if (Text(input.Body, 20_000) is { } body) return Mistake.Of(body, "body", "Write the article, in at most 20,000 characters.");
        if (string.IsNullOrWhiteSpace(input.Category) || !SlugPattern().IsMatch(input.Category.Trim()))
            return Mistake.Of("kb.category.invalid", "category", "The category is a case category such as payment-failure.", ("value", input.Category));
        var tags = input.Tags ?? [];
        if (tags.Count > 10) return Mistake.Of("kb.tags.too-many", "tags", "At most 10 tags.", ("count", tags.Count));
        for (var i = 0; i < tags.Count; i++)
            if (string.IsNullOrWhiteSpace(tags[i]) || tags[i].Trim().Length > 40)
                return Mistake.Of("kb.tag.invalid", $"tags[{i}]", "A tag is 1 to 40 characters.", ("value", tags[i]));
        return null;
    }

    private static string? Text(string? value, int max) =>
        string.IsNullOrWhiteSpace(value) ? "kb.text.required" : value.Trim().Length > max ? "kb.text.too-long" : null;
}
