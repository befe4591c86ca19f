using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The bot answers a web chat before a person does: until it hands over, the chat has no case.
    /// Kept without a designer file like the other recent migrations: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203180000_ChatBot")]
    public class ChatBot : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "case_id",
                schema: "desk",
                table: "chat_sessions",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Chats the bot kept to itself have no case to point at.
            migrationBuilder.Sql("DELETE FROM desk.chat_entries e USING desk.chat_sessions s WHERE e.chat_id = s.id AND s.case_id IS NULL;");
            migrationBuilder.Sql("DELETE FROM desk.chat_sessions WHERE case_id IS NULL;");
            migrationBuilder.AlterColumn<Guid>(
                name: "case_id",
                schema: "desk",
                table: "chat_sessions",
                type: "uuid",
                nullable: false,
                defaultValue: Guid.Empty,
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
