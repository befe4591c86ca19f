using System;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// WeChat messages written down by the callback and not handled yet, so the callback can answer within a second
    /// whatever the load. Kept without a designer file like the other recent migrations: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203150333_WeChatDeliveries")]
    public class WeChatDeliveryQueue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "we_chat_deliveries",
                schema: "desk",
                columns: table => new
                {
                    dedupe_key = table.Column<string>(type: "text", nullable: false),
                    fields = table.Column<string>(type: "jsonb", nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_we_chat_deliveries", x => x.dedupe_key);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "we_chat_deliveries",
                schema: "desk");
        }
    }
}
