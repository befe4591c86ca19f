namespace Workflows.Dmn.Parsing;

/// <summary>The stable codes of <see cref="DmnProblem"/>.</summary>
public static class DmnProblemCodes
{
    public const string XmlMalformed = "xml.malformed";
    public const string XmlDtdProhibited = "xml.dtd-prohibited";
    public const string XmlTooLarge = "xml.too-large";
    public const string XmlTooManyElements = "xml.too-many-elements";
    public const string NotDmn = "dmn.not-definitions";
    public const string DuplicateId = "element.duplicate-id";
    public const string MissingLogic = "decision.missing-logic";
    public const string UnsupportedLogic = "decision.unsupported-logic";
    public const string UnknownReference = "requirement.unknown-reference";
    public const string RequirementCycle = "requirement.cycle";
    public const string UnknownHitPolicy = "table.unknown-hit-policy";
    public const string UnknownAggregator = "table.unknown-aggregator";
    public const string AggregatorNeedsCollect = "table.aggregator-without-collect";
    public const string AggregatorSeveralOutputs = "table.aggregator-several-outputs";
    public const string OutputWithoutName = "table.output-without-name";
    public const string EntryCountMismatch = "rule.entry-count";
    public const string FeelInvalid = "feel.invalid";
    public const string UnsupportedExpressionLanguage = "feel.unsupported-language";
}
