using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class StuckListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_first_response_open",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_resolution_open",
                schema: "workflows",
                table: "cases");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_unclaimed",
                schema: "workflows",
                table: "user_tasks",
                column: "created_at",
                filter: "status = 'open' AND assignee IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_first_response_open",
                schema: "workflows",
                table: "cases",
                column: "first_response_due_at",
                filter: "first_responded_at IS NULL AND closed_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_resolution_open",
                schema: "workflows",
                table: "cases",
                column: "resolution_due_at",
                filter: "resolved_at IS NULL AND closed_at IS NULL AND waiting_since IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_user_tasks_unclaimed",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_cases_first_response_open",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "ix_cases_resolution_open",
                schema: "workflows",
                table: "cases");

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
    }
}
