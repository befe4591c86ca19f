namespace Workflows.Desk.Search;

/// <summary>
/// How the desk's text search reads text, in the database. PostgreSQL's parser keeps a run of Chinese characters as
/// one word, so "支付" would never find "支付失败"; this function adds each character and each pair of neighbours
/// (what search engines' CJK analysers index; the function is created by the CaseSearch migration), while English goes through the stemming configuration, so "declined"
/// finds "decline". <see cref="SearchQuery"/> reads what people type the same way.
/// </summary>
public static class SearchGrams
{
    /// <summary>The SQL function: Chinese runs as single characters and pairs, added to the text as it is.</summary>
    public const string Function = Database.DeskTables.Schema + ".search_grams";

    /// <summary>The text search configuration for everything that is not Chinese.</summary>
    public const string Configuration = "english";

    /// <summary>The stored column's expression for <paramref name="text"/> (an SQL expression over the row's columns).</summary>
    public static string VectorOf(string text) =>
        $"to_tsvector('{Configuration}'::regconfig, {Function}(coalesce({text}, '')))";
}
