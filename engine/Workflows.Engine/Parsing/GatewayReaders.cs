using System.Xml.Linq;
using Workflows.Engine.Model;
using static Workflows.Engine.Parsing.ReadContext;

namespace Workflows.Engine.Parsing;

internal static class GatewayReaders
{
    public static FlowNodeDefinition Exclusive(XElement e, ReadContext c) => new ExclusiveGatewayDefinition { Id = Id(e), ElementType = "exclusiveGateway" };
    public static FlowNodeDefinition Parallel(XElement e, ReadContext c) => new ParallelGatewayDefinition { Id = Id(e), ElementType = "parallelGateway" };
    public static FlowNodeDefinition Inclusive(XElement e, ReadContext c) => new InclusiveGatewayDefinition { Id = Id(e), ElementType = "inclusiveGateway" };
    public static FlowNodeDefinition EventBased(XElement e, ReadContext c) => new EventBasedGatewayDefinition { Id = Id(e), ElementType = "eventBasedGateway" };
}
