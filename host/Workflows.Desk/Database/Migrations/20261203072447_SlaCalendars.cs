using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// Editable SLA: policies per channel too and whether they pause while the customer is asked; each team's
    /// business week; holidays that are make-up working days (调休); the policy and paused time on each case. The
    /// holidays seeded before (their names begin in English) go: start-up writes the shipped calendars again.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203072447_SlaCalendars")]
    public class SlaCalendars : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX desk."IX_sla_policies_priority_segment";
            ALTER TABLE desk.sla_policies ADD channel text, ADD pause_while_waiting boolean NOT NULL DEFAULT true;
            CREATE UNIQUE INDEX "IX_sla_policies_priority_segment_channel" ON desk.sla_policies (priority, segment, channel) NULLS NOT DISTINCT;

            ALTER TABLE desk.holidays ADD kind text NOT NULL DEFAULT 'holiday';
            DELETE FROM desk.holidays WHERE name ~ '^[A-Za-z]';

            ALTER TABLE desk.cases ADD sla_paused interval NOT NULL DEFAULT interval '0', ADD sla_policy_id uuid;

            CREATE TABLE desk.business_weeks (
                team_key text PRIMARY KEY,
                time_zone text NOT NULL,
                days jsonb NOT NULL
            );
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP TABLE desk.business_weeks;
            ALTER TABLE desk.cases DROP sla_paused, DROP sla_policy_id;
            ALTER TABLE desk.holidays DROP kind;
            DROP INDEX desk."IX_sla_policies_priority_segment_channel";
            ALTER TABLE desk.sla_policies DROP channel, DROP pause_while_waiting;
            CREATE UNIQUE INDEX "IX_sla_policies_priority_segment" ON desk.sla_policies (priority, segment) NULLS NOT DISTINCT;
            """);
    }
}
