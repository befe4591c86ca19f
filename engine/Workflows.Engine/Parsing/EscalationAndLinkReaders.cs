using System.Xml.Linq;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

/// <summary>What escalation and link event definitions name: the escalation (by its code), the link (by its name).</summary>
internal static class EscalationAndLinkReaders
{
    /// <param name="required">A thrower must name its escalation; a boundary without one catches every escalation.</param>
    public static BpmnEscalation? Escalation(XElement owner, XElement definition, ReadContext c, bool required)
    {
        var reference = (string?)definition.Attribute("escalationRef");
        if (reference is null)
        {
            if (required)
                c.Report(Id(owner), ProblemCodes.EscalationMissingRef, $"Escalation event '{Id(owner)}' throws no escalation: choose one with an escalation code.");
            return null;
        }
        if (c.Escalations.TryGetValue(reference, out var escalation)) return escalation;
        c.Report(Id(owner), ProblemCodes.EscalationUnknownRef, $"'{Id(owner)}' refers to escalation '{reference}', which the diagram does not define.");
        return null;
    }

    public static string? LinkName(XElement owner, XElement definition, ReadContext c)
    {
        var name = ((string?)definition.Attribute("name"))?.Trim();
        if (!string.IsNullOrEmpty(name)) return name;
        c.Report(Id(owner), ProblemCodes.LinkMissingName, $"Link event '{Id(owner)}' has no name: a link throw goes on at the link catch event of the same name.");
        return null;
    }
}
