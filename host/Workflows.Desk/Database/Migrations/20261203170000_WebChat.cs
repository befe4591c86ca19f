using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The web chat: one-time codes (hashes only), chat sessions beside their cases, and the entries the customer page
    /// shows, numbered per chat so a stream resumes from the last number it saw.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203170000_WebChat")]
    public class WebChat : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "chat_codes",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    address = table.Column<string>(type: "text", nullable: false),
                    code_hash = table.Column<string>(type: "text", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    verified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_codes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "chat_entries",
                schema: "desk",
                columns: table => new
                {
                    chat_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    case_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_entries", x => new { x.chat_id, x.seq });
                });

            migrationBuilder.CreateTable(
                name: "chat_sessions",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code_id = table.Column<Guid>(type: "uuid", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    fallback = table.Column<bool>(type: "boolean", nullable: false),
                    last_seq = table.Column<long>(type: "bigint", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    customer_typing_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_chat_sessions", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_chat_codes_address_created_at",
                schema: "desk",
                table: "chat_codes",
                columns: new[] { "address", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_chat_entries_case_message_id",
                schema: "desk",
                table: "chat_entries",
                column: "case_message_id",
                unique: true,
                filter: "case_message_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_chat_sessions_case_id",
                schema: "desk",
                table: "chat_sessions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_chat_sessions_customer_id",
                schema: "desk",
                table: "chat_sessions",
                column: "customer_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "chat_codes",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "chat_entries",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "chat_sessions",
                schema: "desk");
        }
    }
}
