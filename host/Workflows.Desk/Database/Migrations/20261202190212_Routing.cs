using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The floor's routing and shifts: each team's routing mode and capacities, the offers made to agents and the
    /// agents who declined, shift templates and the roster, and when each agent was last offered work. Written by
    /// hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261202190212_Routing")]
    public class Routing : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE desk.agent_presences ADD last_offered_at timestamp with time zone;

            CREATE TABLE desk.team_routings (
              team_key text NOT NULL CONSTRAINT "PK_team_routings" PRIMARY KEY,
              mode text NOT NULL,
              ticket_capacity integer NOT NULL,
              chat_capacity integer NOT NULL,
              offer_timeout_seconds integer NOT NULL,
              updated_at timestamp with time zone NOT NULL);

            CREATE TABLE desk.routing_offers (
              task_id uuid NOT NULL CONSTRAINT "PK_routing_offers" PRIMARY KEY,
              instance_id uuid NOT NULL,
              user_name text NOT NULL,
              team_key text NOT NULL,
              offered_at timestamp with time zone NOT NULL,
              expires_at timestamp with time zone NOT NULL);
            CREATE INDEX "IX_routing_offers_expires_at" ON desk.routing_offers (expires_at);
            CREATE INDEX "IX_routing_offers_instance_id" ON desk.routing_offers (instance_id);
            CREATE INDEX "IX_routing_offers_user_name" ON desk.routing_offers (user_name);

            CREATE TABLE desk.routing_declines (
              task_id uuid NOT NULL,
              user_name text NOT NULL,
              instance_id uuid NOT NULL,
              at timestamp with time zone NOT NULL,
              reason text NOT NULL,
              CONSTRAINT "PK_routing_declines" PRIMARY KEY (task_id, user_name));
            CREATE INDEX "IX_routing_declines_instance_id" ON desk.routing_declines (instance_id);

            CREATE TABLE desk.shift_templates (
              id uuid NOT NULL CONSTRAINT "PK_shift_templates" PRIMARY KEY,
              team_key text NOT NULL,
              name text NOT NULL,
              starts time without time zone NOT NULL,
              ends time without time zone NOT NULL,
              time_zone text NOT NULL);
            CREATE UNIQUE INDEX "IX_shift_templates_team_key_name" ON desk.shift_templates (team_key, name);

            CREATE TABLE desk.roster_entries (
              id uuid NOT NULL CONSTRAINT "PK_roster_entries" PRIMARY KEY,
              team_key text NOT NULL,
              user_name text NOT NULL,
              date date NOT NULL,
              shift_id uuid NOT NULL,
              starts_at timestamp with time zone NOT NULL,
              ends_at timestamp with time zone NOT NULL);
            CREATE INDEX "IX_roster_entries_shift_id" ON desk.roster_entries (shift_id);
            CREATE INDEX "IX_roster_entries_team_key_date" ON desk.roster_entries (team_key, date);
            CREATE INDEX "IX_roster_entries_user_name_starts_at" ON desk.roster_entries (user_name, starts_at);
            """);

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            foreach (var table in new[] { "roster_entries", "shift_templates", "routing_declines", "routing_offers", "team_routings" })
                migrationBuilder.DropTable(name: table, schema: "desk");
            migrationBuilder.DropColumn(name: "last_offered_at", schema: "desk", table: "agent_presences");
        }
    }
}
