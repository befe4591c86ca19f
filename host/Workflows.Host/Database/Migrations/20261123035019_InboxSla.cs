using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class InboxSla : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "sla_due_at",
                schema: "workflows",
                table: "user_tasks",
                type: "timestamp with time zone",
                nullable: true);

            // The case's SLA target, copied onto its open tasks by triggers: when a task is created, and whenever the
            // case's targets or first response change. The engine stays unaware of cases; the inbox gets an index.
            migrationBuilder.Sql("""
                CREATE FUNCTION workflows.case_sla_target(first_responded_at timestamptz, first_response_due_at timestamptz, resolution_due_at timestamptz)
                RETURNS timestamptz LANGUAGE sql IMMUTABLE AS
                $$ SELECT CASE WHEN first_responded_at IS NULL THEN first_response_due_at ELSE resolution_due_at END $$;

                CREATE FUNCTION workflows.user_task_takes_case_sla() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    SELECT workflows.case_sla_target(c.first_responded_at, c.first_response_due_at, c.resolution_due_at) INTO NEW.sla_due_at
                    FROM workflows.cases c WHERE c.instance_id = NEW.instance_id;
                    RETURN NEW;
                END $$;
                CREATE TRIGGER user_tasks_take_case_sla BEFORE INSERT ON workflows.user_tasks
                    FOR EACH ROW EXECUTE FUNCTION workflows.user_task_takes_case_sla();

                CREATE FUNCTION workflows.case_sla_to_open_tasks() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE target timestamptz := workflows.case_sla_target(NEW.first_responded_at, NEW.first_response_due_at, NEW.resolution_due_at);
                BEGIN
                    UPDATE workflows.user_tasks SET sla_due_at = target
                    WHERE instance_id = NEW.instance_id AND status = 'open' AND sla_due_at IS DISTINCT FROM target;
                    RETURN NULL;
                END $$;
                CREATE TRIGGER cases_sla_to_open_tasks AFTER INSERT OR UPDATE OF instance_id, first_responded_at, first_response_due_at, resolution_due_at
                    ON workflows.cases FOR EACH ROW EXECUTE FUNCTION workflows.case_sla_to_open_tasks();

                UPDATE workflows.user_tasks t SET sla_due_at = workflows.case_sla_target(c.first_responded_at, c.first_response_due_at, c.resolution_due_at)
                FROM workflows.cases c WHERE c.instance_id = t.instance_id;
                """);

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_created",
                schema: "workflows",
                table: "user_tasks",
                column: "created_at",
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_due",
                schema: "workflows",
                table: "user_tasks",
                column: "due_date",
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_priority",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "priority", "created_at" },
                descending: new[] { true, false },
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_user_tasks_open_sla",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "sla_due_at", "created_at" },
                filter: "status = 'open'");

            migrationBuilder.CreateIndex(
                name: "ix_cases_category_priority",
                schema: "workflows",
                table: "cases",
                columns: new[] { "category", "priority", "instance_id" },
                filter: "status <> 'closed'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER cases_sla_to_open_tasks ON workflows.cases;
                DROP FUNCTION workflows.case_sla_to_open_tasks();
                DROP TRIGGER user_tasks_take_case_sla ON workflows.user_tasks;
                DROP FUNCTION workflows.user_task_takes_case_sla();
                DROP FUNCTION workflows.case_sla_target(timestamptz, timestamptz, timestamptz);
                """);

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_created",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_due",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_priority",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_user_tasks_open_sla",
                schema: "workflows",
                table: "user_tasks");

            migrationBuilder.DropIndex(
                name: "ix_cases_category_priority",
                schema: "workflows",
                table: "cases");

            migrationBuilder.DropColumn(
                name: "sla_due_at",
                schema: "workflows",
                table: "user_tasks");
        }
    }
}
