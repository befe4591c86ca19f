using System.Xml.Linq;
using Workflows.Dmn.Feel.Syntax;
using Workflows.Dmn.Model;

namespace Workflows.Dmn.Parsing;

/// <summary>
/// DMN 1.1 to 1.3 XML → an immutable definition with every FEEL text compiled once. Every problem is reported with the
/// element id and a sentence; a file with problems gives no definition.
/// </summary>
public static class DmnParser
{
    public static DmnParseResult Parse(string xml, DmnParserOptions? options = null)
    {
        var problems = new List<DmnProblem>();
        var document = DmnSafeXml.Load(xml, options ?? DmnParserOptions.Default, problems);
        if (document?.Root is not { } root) return new(null, problems);
        if (root.Name.LocalName != "definitions" || !DmnNamespaces.Versions.TryGetValue(root.Name.NamespaceName, out var version))
        {
            problems.Add(new(null, DmnProblemCodes.NotDmn,
                $"The root element is '{root.Name.LocalName}' in namespace '{root.Name.NamespaceName}'; expected DMN 1.1–1.3 'definitions'."));
            return new(null, problems);
        }
        var ns = root.Name.Namespace;
        var context = new DmnReadContext(ns, new FeelNameSet(KnownNames(root, ns)), problems);
        CheckIds(root, ns, context);

        var inputData = root.Elements(ns + "inputData").Select(e => new InputDataDefinition(
            context.Id(e, NameOf(e, ns)), NameOf(e, ns), (string?)e.Element(ns + "variable")?.Attribute("typeRef"))).ToList();
        var knowledgeModels = root.Elements(ns + "businessKnowledgeModel").Select(e => ReadKnowledgeModel(e, context)).ToList();
        var decisions = root.Elements(ns + "decision").Select(e => ReadDecision(e, context)).ToList();
        RequirementGraph.Validate(decisions.OfType<DecisionDefinition>().ToList(), inputData, context);
        if (problems.Count > 0) return new(null, problems);
        return new(new DmnDefinition
        {
            Id = (string?)root.Attribute("id") ?? (string?)root.Attribute("name") ?? "definitions",
            Name = (string?)root.Attribute("name"),
            Namespace = (string?)root.Attribute("namespace"),
            DmnVersion = version,
            Decisions = decisions!,
            InputData = inputData,
            KnowledgeModels = knowledgeModels!,
        }, problems);
    }

    private static DecisionDefinition? ReadDecision(XElement element, DmnReadContext context)
    {
        var ns = context.Ns;
        var name = NameOf(element, ns);
        var id = context.Id(element, name);
        var variableName = (string?)element.Element(ns + "variable")?.Attribute("name") ?? name;
        var logic = LogicReader.Read(element, id, variableName, context);
        var requirements = element.Elements(ns + "informationRequirement").ToList();
        return logic is null ? null : new DecisionDefinition
        {
            Id = id, Name = name, VariableName = variableName, Logic = logic,
            TypeRef = (string?)element.Element(ns + "variable")?.Attribute("typeRef"),
            RequiredDecisionIds = requirements.Select(r => r.Element(ns + "requiredDecision")).OfType<XElement>().Select(DmnReadContext.Href).ToList(),
            RequiredInputIds = requirements.Select(r => r.Element(ns + "requiredInput")).OfType<XElement>().Select(DmnReadContext.Href).ToList(),
        };
    }

    private static BusinessKnowledgeModelDefinition? ReadKnowledgeModel(XElement element, DmnReadContext context)
    {
        var ns = context.Ns;
        var name = NameOf(element, ns);
        var id = context.Id(element, name);
        var logicElement = element.Element(ns + "encapsulatedLogic");
        if (logicElement is null)
        {
            context.Problem(id, DmnProblemCodes.MissingLogic, "The business knowledge model has no encapsulated logic.");
            return null;
        }
        var logic = LogicReader.Read(logicElement, id, name, context);
        var parameters = logicElement.Elements(ns + "formalParameter").Select(p => (string?)p.Attribute("name") ?? "").ToList();
        return logic is null ? null : new BusinessKnowledgeModelDefinition { Id = id, Name = name, Parameters = parameters, Logic = logic };
    }

    private static string NameOf(XElement element, XNamespace ns) =>
        (string?)element.Attribute("name") ?? (string?)element.Element(ns + "variable")?.Attribute("name") ?? (string?)element.Attribute("id") ?? "";

    /// <summary>Names FEEL texts may use: inputs, decisions, knowledge models, their parameters, and item components.</summary>
    private static IEnumerable<string> KnownNames(XElement root, XNamespace ns) =>
        root.Elements().Where(e => e.Name.LocalName is "inputData" or "decision" or "businessKnowledgeModel")
            .SelectMany(e => new[] { (string?)e.Attribute("name"), (string?)e.Element(ns + "variable")?.Attribute("name") })
            .Concat(root.Descendants(ns + "formalParameter").Select(p => (string?)p.Attribute("name")))
            .Concat(root.Descendants(ns + "itemComponent").Select(p => (string?)p.Attribute("name")))
            .Concat(root.Descendants(ns + "contextEntry").Select(e => (string?)e.Element(ns + "variable")?.Attribute("name")))
            .OfType<string>().Where(n => n.Length > 0).Distinct();

    /// <summary>Ids are optional in DMN (a decision without one is known by its name), but must not repeat.</summary>
    private static void CheckIds(XElement root, XNamespace ns, DmnReadContext context)
    {
        var seen = new HashSet<string>();
        foreach (var element in root.Elements().Where(e => e.Name.Namespace == ns && e.Name.LocalName is "decision" or "inputData" or "businessKnowledgeModel"))
        {
            var id = (string?)element.Attribute("id") is { Length: > 0 } explicitId ? explicitId : NameOf(element, ns);
            if (!seen.Add(id))
                context.Problem(id, DmnProblemCodes.DuplicateId, $"The id '{id}' is used by more than one element.");
        }
    }
}
