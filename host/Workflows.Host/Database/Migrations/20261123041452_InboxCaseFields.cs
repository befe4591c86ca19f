using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class InboxCaseFields : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_category_priority",
                schema: "workflows",
                table: "cases");

            migrationBuilder.AddColumn<string>(
                name: "case_category",
                schema: "workflows",
                table: "user_tasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "case_channel",
                schema: "workflows",
                table: "user_tasks",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "case_priority",
                schema: "workflows",
                table: "user_tasks",
                type: "text",
                nullable: true);

            // The triggers that copy the case's SLA target onto its open tasks now copy its channel, category and
            // priority too (diagnose may change the category), so the inbox filters without a lookup per row.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION workflows.user_task_takes_case_sla() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT workflows.case_sla_target(c.first_responded_at, c.first_response_due_at, c.resolution_due_at), c.channel, c.category, c.priority
                    INTO NEW.sla_due_at, NEW.case_channel, NEW.case_category, NEW.case_priority
                    FROM workflows.cases c WHERE c.instance_id = NEW.instance_id;
                    RETURN NEW;
                END $$;

                CREATE OR REPLACE FUNCTION workflows.case_sla_to_open_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE target timestamptz := workflows.case_sla_target(NEW.first_responded_at, NEW.first_response_due_at, NEW.resolution_due_at);
                BEGIN
                    UPDATE workflows.user_tasks
                    SET sla_due_at = target, case_channel = NEW.channel, case_category = NEW.category, case_priority = NEW.priority
                    WHERE instance_id = NEW.instance_id AND status = 'open'
                      AND (sla_due_at, case_channel, case_category, case_priority) IS DISTINCT FROM (target, NEW.channel, NEW.category, NEW.priority);
                    RETURN NULL;
                END $$;

                DROP TRIGGER cases_sla_to_open_tasks ON workflows.cases;
                CREATE TRIGGER cases_sla_to_open_tasks
                    AFTER INSERT OR UPDATE OF instance_id, first_responded_at, first_response_due_at, resolution_due_at, channel, category, priority
                    ON workflows.cases FOR EACH ROW EXECUTE FUNCTION workflows.case_sla_to_open_tasks();

                UPDATE workflows.user_tasks t SET case_channel = c.channel, case_category = c.category, case_priority = c.priority
                FROM workflows.cases c WHERE c.instance_id = t.instance_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "case_category",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "case_channel",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropColumn(
                name: "case_priority",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.CreateIndex(
                name: "ix_cases_category_priority",
                schema: "workflows",
                table: "cases",
                columns: new[] { "category", "priority", "instance_id" },
                filter: "status <> 'closed'");
        }
    }
}
