using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class ManagerWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_tokens_node_id_status",
                schema: "workflows",
                table: "tokens");

            migrationBuilder.AddColumn<Guid>(
                name: "definition_id",
                schema: "workflows",
                table: "user_tasks",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "definition_id",
                schema: "workflows",
                table: "tokens",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Rows written before this migration learn their instance's version.
            migrationBuilder.Sql("UPDATE workflows.tokens k SET definition_id = i.definition_id FROM workflows.instances i WHERE i.id = k.instance_id;");
            migrationBuilder.Sql("UPDATE workflows.user_tasks u SET definition_id = i.definition_id FROM workflows.instances i WHERE i.id = u.instance_id;");

            migrationBuilder.CreateTable(
                name: "node_wait_baselines",
                schema: "workflows",
                columns: table => new
                {
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    samples = table.Column<int>(type: "integer", nullable: false),
                    p50_seconds = table.Column<double>(type: "double precision", nullable: false),
                    p90_seconds = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_node_wait_baselines", x => new { x.definition_key, x.node_id });
                });

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_definition_sla",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "definition_id", "sla_due_at" },
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_form_due",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "form_key", "due_date" },
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "IX_tokens_definition_id_node_id_since",
                schema: "workflows",
                table: "tokens",
                columns: new[] { "definition_id", "node_id", "since" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_created_at",
                schema: "workflows",
                table: "cases",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_cases_first_response_open",
                schema: "workflows",
                table: "cases",
                column: "first_response_due_at",
                filter: "first_responded_at IS NULL AND closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_cases_resolution_open",
                schema: "workflows",
                table: "cases",
                column: "resolution_due_at",
                filter: "resolved_at IS NULL AND closed_at IS NULL AND waiting_since IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "node_wait_baselines",
                schema: "workflows");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_definition_sla",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_form_due",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_tokens_definition_id_node_id_since",
                schema: "workflows",
                table: "tokens");

            migrationBuilder.DropIndex(
                name: "IX_cases_created_at",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_first_response_open",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_resolution_open",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "definition_id",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "definition_id",
                schema: "workflows",
                table: "tokens");

            migrationBuilder.CreateIndex(
                name: "IX_tokens_node_id_status",
                schema: "workflows",
                table: "tokens",
                columns: new[] { "node_id", "status" });
        }
    }
}
