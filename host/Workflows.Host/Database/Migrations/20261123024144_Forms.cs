using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class Forms : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "forms",
                schema: "workflows",
                table: "drafts",
                type: "jsonb",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "definition_forms",
                schema: "workflows",
                columns: table => new
                {
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_key = table.Column<string>(type: "text", nullable: false),
                    schema = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_forms", x => new { x.definition_id, x.form_key });
                    table.ForeignKey(
                        name: "FK_definition_forms_definitions_definition_id",
                        column: x => x.definition_id,
                        principalSchema: "workflows",
                        principalTable: "definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_forms",
                schema: "workflows");

            migrationBuilder.DropColumn(
                name: "forms",
                schema: "workflows",
                table: "drafts");
        }
    }
}
