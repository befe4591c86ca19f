using System.Reflection;

namespace Workflows.Definitions;

/// <summary>The diagrams and task forms that ship with the product, embedded in this assembly.</summary>
public static class ShippedDefinitions
{
    public const string SupportFlow = "support-flow.bpmn";

    /// <summary>The process id of the support flow.</summary>
    public const string SupportFlowKey = "support-case";

    private static readonly Assembly Assembly = typeof(ShippedDefinitions).Assembly;

    /// <summary>Every shipped diagram, by file name.</summary>
    public static IEnumerable<string> Diagrams => Assembly.GetManifestResourceNames().Where(n => n.EndsWith(".bpmn", StringComparison.Ordinal));

    /// <summary>Every shipped form, by its form key (the file name without ".form").</summary>
    public static IEnumerable<string> Forms => Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("forms/", StringComparison.Ordinal)).Select(n => n["forms/".Length..^".form".Length]);

    public static string Read(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name) ?? throw new FileNotFoundException($"'{name}' is not shipped.", name);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static string ReadForm(string formKey) => Read($"forms/{formKey}.form");
}
