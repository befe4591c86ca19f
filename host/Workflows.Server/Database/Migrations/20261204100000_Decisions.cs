using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Server.Database.Migrations
{
    /// <summary>
    /// DMN decisions, versioned per key like processes, and the history of their evaluations (from business rule tasks
    /// and from the evaluate API). Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(ServerDbContext))]
    [Migration("20261204100000_Decisions")]
    public class Decisions : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TABLE workflows.decisions (
                    id uuid NOT NULL,
                    key text NOT NULL,
                    version integer NOT NULL,
                    name text NULL,
                    kind text NOT NULL,
                    xml text NOT NULL,
                    checksum text NOT NULL,
                    published_at timestamp with time zone NOT NULL,
                    published_by text NULL,
                    CONSTRAINT "PK_decisions" PRIMARY KEY (id));
                CREATE UNIQUE INDEX "IX_decisions_key_version" ON workflows.decisions (key, version);
                CREATE TABLE workflows.decision_evaluations (
                    id uuid NOT NULL,
                    decision_id uuid NOT NULL,
                    decision_key text NOT NULL,
                    decision_version integer NOT NULL,
                    instance_id uuid NULL,
                    node_id text NULL,
                    evaluated_at timestamp with time zone NOT NULL,
                    evaluated_by text NULL,
                    inputs jsonb NOT NULL,
                    matched_rules text[] NOT NULL,
                    outputs jsonb NOT NULL,
                    CONSTRAINT "PK_decision_evaluations" PRIMARY KEY (id));
                CREATE INDEX "IX_decision_evaluations_instance_id" ON workflows.decision_evaluations (instance_id);
                CREATE INDEX "IX_decision_evaluations_decision_key_evaluated_at" ON workflows.decision_evaluations (decision_key, evaluated_at);
                """);
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(name: "decision_evaluations", schema: "workflows");
            migrationBuilder.DropTable(name: "decisions", schema: "workflows");
        }
    }
}
