using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Server.Database.Migrations
{
    /// <summary>
    /// Outbox messages remember when they may be tried again, so a failing far end (WeChat's API down, an SMTP server
    /// away) is waited out with growing pauses instead of spending every attempt within seconds. Written by hand
    /// without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(ServerDbContext))]
    [Migration("20261203110000_OutboxBackoff")]
    public class OutboxBackoff : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE workflows.outbox_messages ADD next_attempt_at timestamp with time zone;");

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.DropColumn(name: "next_attempt_at", schema: "workflows", table: "outbox_messages");
    }
}
