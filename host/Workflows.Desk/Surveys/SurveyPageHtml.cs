using System.Net;

namespace Workflows.Desk.Surveys;

/// <summary>The survey's pages: large type, one click per star, in the customer's language. Nothing here echoes input unencoded.</summary>
public static class SurveyPageHtml
{
    private sealed record Texts(string Title, string Question, string CommentLabel, string Thanks, string Invalid, string Expired, string Used, string BadScore,
        IReadOnlyList<string> Stars);

    private static readonly Texts Chinese = new("满意度调查", "您对本次服务满意吗？点击星星即可提交。", "想对我们说的话（可不填）",
        "感谢您的评价！", "这个链接无效，请使用短信或邮件中的完整链接。", "这个调查已过期，感谢您的关注。", "您已经评价过了，感谢您的反馈。", "请选择 1 到 5 颗星。",
        ["非常不满意", "不满意", "一般", "满意", "非常满意"]);

    private static readonly Texts English = new("How did we do?", "Were you happy with our help? One click on a star sends your answer.",
        "Anything you want to tell us (optional)", "Thank you for your answer!", "This link is not valid. Please use the full link from your text or email.",
        "This survey has expired. Thank you all the same.", "You have already answered. Thank you for your feedback.", "Please choose one to five stars.",
        ["Very unhappy", "Unhappy", "Okay", "Happy", "Very happy"]);

    public static string Form(string language, string caseNumber, string action)
    {
        var t = For(language);
        var stars = string.Join("", Enumerable.Range(1, 5).Select(n =>
            $"""<button type="submit" name="score" value="{n}" aria-label="{n} - {E(t.Stars[n - 1])}"><span aria-hidden="true">{new string('★', n)}</span><small>{E(t.Stars[n - 1])}</small></button>"""));
        return Page(language, t.Title, $"""
            <h1>{E(t.Title)}</h1><p class="case">{E(caseNumber)}</p><p>{E(t.Question)}</p>
            <form method="post" action="{E(action)}">
              <label for="comment">{E(t.CommentLabel)}</label>
              <textarea id="comment" name="comment" maxlength="1000" rows="3"></textarea>
              <div class="stars">{stars}</div>
            </form>
            """);
    }

    public static string Message(string language, SurveyPageMessage which)
    {
        var t = For(language);
        var text = which switch
        {
            SurveyPageMessage.Thanks => t.Thanks,
            SurveyPageMessage.Invalid => t.Invalid,
            SurveyPageMessage.Expired => t.Expired,
            SurveyPageMessage.Used => t.Used,
            _ => t.BadScore,
        };
        return Page(language, t.Title, $"<h1>{E(t.Title)}</h1><p class=\"message\">{E(text)}</p>");
    }

    /// <summary>The page for an address over the rate limit: its customer's language is not known yet, so both.</summary>
    public static string TooManyAttempts() => Page("zh-CN", $"{Chinese.Title} / {English.Title}",
        "<h1>请稍候 / Please wait</h1><p class=\"message\">请求过于频繁，请一分钟后再试。</p>" +
        "<p class=\"message\" lang=\"en\">Too many attempts from your connection. Please wait a minute and try again.</p>");

    private static Texts For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Chinese : English;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Page(string language, string title, string body) => $$"""
        <!doctype html>
        <html lang="{{E(language)}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{E(title)}}</title>
        <style>
          body { font: 22px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; color: #111; }
          h1 { font-size: 2rem; } .case { color: #555; } .message { font-size: 1.4rem; }
          textarea { width: 100%; font-size: 1.2rem; margin: .5rem 0 1.5rem; }
          .stars { display: flex; flex-direction: column; gap: .75rem; }
          button { font-size: 1.5rem; padding: .8rem 1rem; text-align: left; border: 2px solid #b45309; background: #fffbeb; border-radius: .5rem; cursor: pointer; }
          button span { color: #d97706; letter-spacing: .2rem; margin-right: 1rem; } button:focus { outline: 4px solid #1d4ed8; }
        </style></head>
        <body>{{body}}</body></html>
        """;
}
