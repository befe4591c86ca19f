using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// Agents' presence (online, busy, away, offline) and since when; no row means offline. Written by hand without a
    /// target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261202180118_AgentPresence")]
    public class AgentPresence : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE desk.agent_presences (
              user_name text NOT NULL CONSTRAINT "PK_agent_presences" PRIMARY KEY,
              status text NOT NULL,
              since timestamp with time zone NOT NULL);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "agent_presences", schema: "desk");
    }
}
