namespace Workflows.Dmn.Parsing;

/// <summary>The model namespaces of each DMN version we read (1.1 to 1.3, and 1.4/1.5 which keep the same elements).</summary>
internal static class DmnNamespaces
{
    public static readonly IReadOnlyDictionary<string, string> Versions = new Dictionary<string, string>
    {
        ["http://www.omg.org/spec/DMN/20151101/dmn.xsd"] = "1.1",
        ["http://www.omg.org/spec/DMN/20180521/MODEL/"] = "1.2",
        ["https://www.omg.org/spec/DMN/20191111/MODEL/"] = "1.3",
        ["https://www.omg.org/spec/DMN/20211108/MODEL/"] = "1.4",
        ["https://www.omg.org/spec/DMN/20230324/MODEL/"] = "1.5",
    };
}
