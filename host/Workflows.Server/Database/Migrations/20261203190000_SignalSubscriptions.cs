using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Server.Database.Migrations
{
    /// <summary>
    /// Subscriptions that wait for a signal (broadcast to all) beside those that wait for a message (correlated to
    /// one). Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(ServerDbContext))]
    [Migration("20261203190000_SignalSubscriptions")]
    public class SignalSubscriptions : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) =>
            migrationBuilder.Sql("ALTER TABLE workflows.subscriptions ADD signal boolean NOT NULL DEFAULT false;");

        protected override void Down(MigrationBuilder migrationBuilder) =>
            migrationBuilder.DropColumn(name: "signal", schema: "workflows", table: "subscriptions");
    }
}
