using System.Xml.Linq;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Parsing;

/// <summary>Reads the logic of a decision or a business knowledge model: a decision table or a boxed expression.</summary>
internal static class LogicReader
{
    private static readonly string[] Unsupported = ["relation", "functionDefinition", "conditional", "filter", "for", "every", "some"];

    public static DecisionLogic? Read(XElement owner, string ownerId, string variableName, DmnReadContext context)
    {
        var ns = context.Ns;
        if (owner.Element(ns + "decisionTable") is { } table)
            return DecisionTableReader.Read(table, variableName, context);
        if (owner.Elements().FirstOrDefault(e => e.Name.Namespace == ns && BoxedExpressionReader.Kinds.Contains(e.Name.LocalName)) is { } boxed)
        {
            var id = context.Id(boxed, ownerId + "_expression");
            var expression = BoxedExpressionReader.Read(boxed, id, context);
            return expression is null ? null : new LiteralExpressionDefinition { Id = id, Expression = expression };
        }
        if (owner.Elements().FirstOrDefault(e => Unsupported.Contains(e.Name.LocalName)) is { } other)
        {
            context.Problem(ownerId, DmnProblemCodes.UnsupportedLogic,
                $"The boxed expression '{other.Name.LocalName}' is not supported; use a decision table or a literal expression.");
            return null;
        }
        context.Problem(ownerId, DmnProblemCodes.MissingLogic, "It has no decision logic: add a decision table or a literal expression.");
        return null;
    }
}
