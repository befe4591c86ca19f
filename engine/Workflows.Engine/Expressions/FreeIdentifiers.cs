using Acornima.Ast;

namespace Workflows.Engine.Expressions;

/// <summary>
/// The identifiers a script reads, less JavaScript's own globals. Over-approximates (a property name
/// may be included); binding an unused parameter is harmless.
/// </summary>
internal static class FreeIdentifiers
{
    private static readonly HashSet<string> Globals =
    [
        "undefined", "NaN", "Infinity", "Math", "JSON", "Date", "String", "Number", "Boolean", "Array",
        "Object", "RegExp", "Error", "TypeError", "RangeError", "parseInt", "parseFloat", "isNaN", "isFinite",
        "encodeURIComponent", "decodeURIComponent", "encodeURI", "decodeURI", "Map", "Set", "Symbol",
        "BigInt", "Promise", "globalThis", "arguments", "eval", "Intl",
    ];

    public static List<string> Collect(Node root)
    {
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        Walk(root, names, seen);
        return names;
    }

    private static void Walk(Node node, List<string> names, HashSet<string> seen)
    {
        if (node is Identifier identifier)
        {
            if (!Globals.Contains(identifier.Name) && seen.Add(identifier.Name)) names.Add(identifier.Name);
            return;
        }
        foreach (var child in node.ChildNodes)
            if (child is not null) Walk(child, names, seen);
    }
}
