using System.Xml.Linq;

namespace Workflows.Engine.Parsing;

public static class BpmnNamespaces
{
    public static readonly XNamespace Bpmn = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    public static readonly XNamespace Camunda = "http://camunda.org/schema/1.0/bpmn";

    /// <summary>Camunda 8's extensions; only <c>zeebe:loopCharacteristics</c> is read.</summary>
    public static readonly XNamespace Zeebe = "http://camunda.org/schema/zeebe/1.0";
}
