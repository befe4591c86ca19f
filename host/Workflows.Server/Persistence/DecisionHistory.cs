using Workflows.Server.Database;
using Workflows.Server.Decisions;

namespace Workflows.Server.Persistence;

/// <summary>
/// A business rule task's evaluation as a statement of its step's batch: the history row exists exactly when the
/// step that used the decision's result committed.
/// </summary>
internal static class DecisionHistory
{
    private static readonly string Insert = $"""
        INSERT INTO {ServerTables.DecisionEvaluations}
            (id, decision_id, decision_key, decision_version, instance_id, node_id, evaluated_at, evaluated_by, inputs, matched_rules, outputs)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
        """;

    public static void Add(SqlBatch batch, DecisionEvaluationEntity row) => batch.Add(Insert, row.Id, row.DecisionId, row.DecisionKey, row.DecisionVersion,
        row.InstanceId, row.NodeId, row.EvaluatedAt, row.EvaluatedBy, SqlBatch.Json(row.Inputs), row.MatchedRules, SqlBatch.Json(row.Outputs));
}
