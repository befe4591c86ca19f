using Workflows.Desk.Search;

namespace Workflows.Tests.Desk.Search;

/// <summary>What a typed search becomes: the tsquery that matches how the database reads cases and names.</summary>
public sealed class SearchQueryTests
{
    [Theory]
    [InlineData("Refund", "refund:*")]
    [InlineData("  card   DECLINED ", "card:* & declined:*")]
    [InlineData("order 32", "order:* & 32")]
    [InlineData("支付失败", "支付 & 付失 & 失败")]
    [InlineData("张", "张")]
    [InlineData("退款 refund", "退款 & refund:*")]
    [InlineData("x'); DROP TABLE cases; --", "x:* & drop:* & table:* & cases:*")]
    public void TypedText_BecomesEveryWordAsATerm(string typed, string expected) => Assert.Equal(expected, SearchQuery.Of(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("!!! ---")]
    public void NothingSearchable_IsNoQuery(string? typed) => Assert.Null(SearchQuery.Of(typed));
}
