using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Workflows.Server.Database.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "workflows");

            migrationBuilder.CreateTable(
                name: "definitions",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    key = table.Column<string>(type: "text", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: false),
                    checksum = table.Column<string>(type: "text", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definitions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                schema: "workflows",
                columns: table => new
                {
                    key = table.Column<string>(type: "text", nullable: false),
                    xml = table.Column<string>(type: "text", nullable: false),
                    forms = table.Column<string>(type: "jsonb", nullable: true),
                    saved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    saved_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drafts", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_id = table.Column<long>(type: "bigint", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instances",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    definition_version = table.Column<int>(type: "integer", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<string>(type: "jsonb", nullable: false),
                    variables = table.Column<string>(type: "jsonb", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_instances", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "journals",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: true),
                    message = table.Column<string>(type: "text", nullable: false),
                    actor = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_journals", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "subscriptions",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_id = table.Column<long>(type: "bigint", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    message_name = table.Column<string>(type: "text", nullable: false),
                    business_key = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_subscriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "timers",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    local_id = table.Column<long>(type: "bigint", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    job_id = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    fired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_timers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tokens",
                schema: "workflows",
                columns: table => new
                {
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_id = table.Column<long>(type: "bigint", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    node_name = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tokens", x => new { x.instance_id, x.token_id });
                });

            migrationBuilder.CreateTable(
                name: "user_tasks",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: true),
                    local_id = table.Column<long>(type: "bigint", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    owner = table.Column<string>(type: "text", nullable: true),
                    delegation_state = table.Column<string>(type: "text", nullable: true),
                    candidate_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    candidate_users = table.Column<string[]>(type: "text[]", nullable: false),
                    due_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    follow_up_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    form_key = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "users",
                schema: "workflows",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_name = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "text", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: false),
                    roles = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "definition_forms",
                schema: "workflows",
                columns: table => new
                {
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    form_key = table.Column<string>(type: "text", nullable: false),
                    schema = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_definition_forms", x => new { x.definition_id, x.form_key });
                    table.ForeignKey(
                        name: "FK_definition_forms_definitions_definition_id",
                        column: x => x.definition_id,
                        principalSchema: "workflows",
                        principalTable: "definitions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_definitions_key_version",
                schema: "workflows",
                table: "definitions",
                columns: new[] { "key", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_instance_id_local_id",
                schema: "workflows",
                table: "incidents",
                columns: new[] { "instance_id", "local_id" });

            migrationBuilder.CreateIndex(
                name: "IX_incidents_resolved_at_created_at",
                schema: "workflows",
                table: "incidents",
                columns: new[] { "resolved_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_instances_business_key",
                schema: "workflows",
                table: "instances",
                column: "business_key");

            migrationBuilder.CreateIndex(
                name: "IX_instances_status_definition_key",
                schema: "workflows",
                table: "instances",
                columns: new[] { "status", "definition_key" });

            migrationBuilder.CreateIndex(
                name: "IX_journals_instance_id_id",
                schema: "workflows",
                table: "journals",
                columns: new[] { "instance_id", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_created_at",
                schema: "workflows",
                table: "outbox_messages",
                column: "created_at",
                filter: "delivered_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_instance_id_local_id",
                schema: "workflows",
                table: "subscriptions",
                columns: new[] { "instance_id", "local_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_subscriptions_message_name_business_key",
                schema: "workflows",
                table: "subscriptions",
                columns: new[] { "message_name", "business_key" });

            migrationBuilder.CreateIndex(
                name: "IX_timers_due_at",
                schema: "workflows",
                table: "timers",
                column: "due_at",
                filter: "fired_at IS NULL AND cancelled_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_timers_instance_id_local_id",
                schema: "workflows",
                table: "timers",
                columns: new[] { "instance_id", "local_id" });

            migrationBuilder.CreateIndex(
                name: "IX_tokens_definition_id_node_id_since",
                schema: "workflows",
                table: "tokens",
                columns: new[] { "definition_id", "node_id", "since" });

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_candidate_groups",
                schema: "workflows",
                table: "user_tasks",
                column: "candidate_groups")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_instance_id",
                schema: "workflows",
                table: "user_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_instance_id_local_id",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "instance_id", "local_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_user_tasks_status_assignee",
                schema: "workflows",
                table: "user_tasks",
                columns: new[] { "status", "assignee" });

            migrationBuilder.CreateIndex(
                name: "IX_users_user_name",
                schema: "workflows",
                table: "users",
                column: "user_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "definition_forms",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "drafts",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "instances",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "journals",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "subscriptions",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "timers",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "tokens",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "user_tasks",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "users",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "definitions",
                schema: "workflows");
        }
    }
}
