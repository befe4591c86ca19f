namespace Workflows.Engine.Model;

/// <summary>
/// How a decision's result becomes the result variable (Camunda 7's <c>camunda:mapDecisionResult</c>):
/// every matched rule's output map (<c>resultList</c>), the one rule's one output value (<c>singleEntry</c>),
/// the one rule's output map (<c>singleResult</c>), or the one output's value of every rule (<c>collectEntries</c>).
/// </summary>
public enum DecisionResultMapping { ResultList, SingleEntry, SingleResult, CollectEntries }
