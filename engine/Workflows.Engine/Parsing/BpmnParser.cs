using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.BpmnNamespaces;

namespace Workflows.Engine.Parsing;

/// <summary>
/// BPMN 2.0 XML (with Camunda 7 extensions) → a validated <see cref="ProcessDefinition"/>, or every
/// problem found. The XML itself is kept unchanged on the definition.
/// </summary>
public sealed class BpmnParser(ElementCatalog? catalog = null, BpmnParserOptions? options = null)
{
    private readonly ElementCatalog _catalog = catalog ?? ElementCatalog.Default;
    private readonly BpmnParserOptions _options = options ?? BpmnParserOptions.Default;

    public ParseResult Parse(string xml)
    {
        var problems = new List<ValidationProblem>();
        var document = SafeXml.Load(xml, _options, problems);
        if (document?.Root is not { } root) return new ParseResult(null, problems);
        if (root.Name != Bpmn + "definitions")
            return Fail(problems, null, ProblemCodes.NotBpmn, $"This is not a BPMN 2.0 diagram: the root element is {root.Name.LocalName}, not bpmn:definitions.");

        var process = ChooseProcess(root, problems);
        if (process is null) return new ParseResult(null, problems);

        var context = new ReadContext(Messages(root), Errors(root), Escalations(root), Signals(root));
        var reader = new ScopeReader(_catalog, context);
        reader.Read(process, null);
        var definition = new DefinitionAssembler(context).Assemble(xml, process, reader.Nodes, reader.Flows);
        problems.AddRange(context.Problems);
        return problems.Count == 0 ? new ParseResult(definition, []) : new ParseResult(null, problems);
    }

    /// <summary>Parses and throws when the diagram has problems; for diagrams known to be good.</summary>
    public ProcessDefinition ParseValid(string xml)
    {
        var result = Parse(xml);
        return result.Definition ?? throw new InvalidOperationException(
            "The diagram has problems: " + string.Join("; ", result.Problems.Select(p => $"[{p.ElementId}] {p.Code}: {p.Message}")));
    }

    private static XElement? ChooseProcess(XElement root, List<ValidationProblem> problems)
    {
        var processes = root.Elements(Bpmn + "process").ToList();
        if (processes.Count == 0)
        {
            problems.Add(new(null, ProblemCodes.ProcessMissing, "The diagram contains no process."));
            return null;
        }
        var executable = processes.Where(p => !string.Equals((string?)p.Attribute("isExecutable"), "false", StringComparison.OrdinalIgnoreCase)).ToList();
        if (executable.Count == 1) return executable[0];
        if (executable.Count == 0)
            problems.Add(new(ReadContext.Id(processes[0]), ProblemCodes.ProcessNotExecutable, "No process is marked executable: tick 'Executable' on the process."));
        else
            problems.Add(new(ReadContext.Id(executable[1]), ProblemCodes.ProcessSeveralExecutable,
                $"The diagram has {executable.Count} executable processes; keep one executable and mark the other pools non-executable."));
        return null;
    }

    private static Dictionary<string, string?> Messages(XElement root) =>
        root.Elements(Bpmn + "message").Where(m => m.Attribute("id") is not null)
            .GroupBy(m => (string)m.Attribute("id")!).ToDictionary(g => g.Key, g => (string?)g.First().Attribute("name"));

    private static Dictionary<string, BpmnError> Errors(XElement root) =>
        root.Elements(Bpmn + "error").Where(e => e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!)
            .ToDictionary(g => g.Key, g =>
            {
                var error = g.First();
                return new BpmnError(g.Key, (string?)error.Attribute("errorCode") ?? g.Key, (string?)error.Attribute("name"));
            });

    private static Dictionary<string, string?> Signals(XElement root) =>
        root.Elements(Bpmn + "signal").Where(s => s.Attribute("id") is not null)
            .GroupBy(s => (string)s.Attribute("id")!).ToDictionary(g => g.Key, g => (string?)g.First().Attribute("name"));

    private static Dictionary<string, BpmnEscalation> Escalations(XElement root) =>
        root.Elements(Bpmn + "escalation").Where(e => e.Attribute("id") is not null)
            .GroupBy(e => (string)e.Attribute("id")!)
            .ToDictionary(g => g.Key, g => new BpmnEscalation(g.Key, (string?)g.First().Attribute("escalationCode") ?? g.Key, (string?)g.First().Attribute("name")));

    private static ParseResult Fail(List<ValidationProblem> problems, string? id, string code, string message)
    {
        problems.Add(new(id, code, message));
        return new ParseResult(null, problems);
    }
}
