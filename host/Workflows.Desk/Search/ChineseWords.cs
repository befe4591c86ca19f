using System.Text.RegularExpressions;
using JiebaNet.Segmenter;

namespace Workflows.Desk.Search;

/// <summary>
/// Chinese text cut into words by jieba (search mode: long words and the shorter words inside them), English and
/// numbers left as they are for PostgreSQL's english configuration to stem. The knowledge base is searched by these
/// words: "我的退款什么时候到账" finds "退款到账时间" through 退款 and 到账.
/// </summary>
public static partial class ChineseWords
{
    /// <summary>
    /// Words of payments jieba's general dictionary does not know, so it cut them in two ("到账" became 到 and 账, and
    /// a question about a refund's arrival found every article about refunds alike). Articles are re-cut at start-up.
    /// </summary>
    private static readonly string[] PaymentWords =
    [
        "到账", "提现", "扣款", "扣费", "绑卡", "解绑", "换绑", "实名", "实名认证", "收款码", "付款码", "商家码", "验证码", "短信验证码", "免密",
        "免密支付", "自动扣款", "自动续费", "返现", "返利", "限额", "充值", "转账", "退款", "盗刷", "冻结", "解冻", "风控", "结算", "费率",
        "手续费", "服务费", "流水", "账单", "销户", "注销", "发票", "专票", "普票", "开票", "汇率", "境外", "扫码", "刷脸", "人脸识别",
        "银行卡", "信用卡", "储蓄卡", "营业款", "零钱", "重复扣款", "支付密码", "登录密码", "手机号", "预留手机号", "收款", "付款失败", "支付失败",
    ];

    // jieba reads its dictionaries from a folder; the build copies the package's Resources beside the host.
    private static readonly Lazy<JiebaSegmenter> Segmenter = new(() =>
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "Resources");
        var segmenter = new JiebaSegmenter();
        foreach (var word in PaymentWords) segmenter.AddWord(word);
        return segmenter;
    });

    // The segmenter keeps state between calls; searches are few, a lock is cheap.
    private static readonly Lock Cutting = new();

    [GeneratedRegex(@"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")]
    private static partial Regex ChineseRuns();

    /// <summary>The text with every Chinese run replaced by its words, separated by spaces.</summary>
    public static string Spaced(string text) =>
        ChineseRuns().Replace(text, run => " " + string.Join(' ', Cut(run.Value)) + " ");

    /// <summary>The words of one Chinese run, in search mode.</summary>
    public static IReadOnlyList<string> Cut(string run)
    {
        lock (Cutting) return Segmenter.Value.CutForSearch(run).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
    }
}
