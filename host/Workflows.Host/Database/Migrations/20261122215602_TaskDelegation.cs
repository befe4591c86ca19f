using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class TaskDelegation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "delegation_state",
                schema: "workflows",
                table: "user_tasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "owner",
                schema: "workflows",
                table: "user_tasks",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "delegation_state",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "owner",
                schema: "workflows",
                table: "user_tasks");
        }
    }
}
