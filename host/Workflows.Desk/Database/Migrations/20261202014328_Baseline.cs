using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <inheritdoc />
    public partial class Baseline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "desk");

            migrationBuilder.CreateSequence(
                name: "case_numbers",
                schema: "desk");

            migrationBuilder.CreateTable(
                name: "alerts",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    message = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: true),
                    scope = table.Column<string>(type: "text", nullable: true),
                    case_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    acknowledged_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    acknowledged_by = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "customers",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    region = table.Column<string>(type: "text", nullable: true),
                    id_number_last4 = table.Column<string>(type: "text", nullable: true),
                    phone_last4 = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "holidays",
                schema: "desk",
                columns: table => new
                {
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_holidays", x => x.date);
                });

            migrationBuilder.CreateTable(
                name: "inbox_tasks",
                schema: "desk",
                columns: table => new
                {
                    task_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: false),
                    definition_id = table.Column<Guid>(type: "uuid", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    candidate_groups = table.Column<string[]>(type: "text[]", nullable: false),
                    candidate_users = table.Column<string[]>(type: "text[]", nullable: false),
                    assignee = table.Column<string>(type: "text", nullable: true),
                    claimed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    priority = table.Column<int>(type: "integer", nullable: false),
                    due_date = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    form_key = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sla_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    case_channel = table.Column<string>(type: "text", nullable: true),
                    case_category = table.Column<string>(type: "text", nullable: true),
                    case_priority = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_tasks", x => x.task_id);
                });

            migrationBuilder.CreateTable(
                name: "kb_articles",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "text", nullable: false),
                    language = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    summary = table.Column<string>(type: "text", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_kb_articles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "node_wait_baselines",
                schema: "desk",
                columns: table => new
                {
                    definition_key = table.Column<string>(type: "text", nullable: false),
                    node_id = table.Column<string>(type: "text", nullable: false),
                    samples = table.Column<int>(type: "integer", nullable: false),
                    p50_seconds = table.Column<double>(type: "double precision", nullable: false),
                    p90_seconds = table.Column<double>(type: "double precision", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_node_wait_baselines", x => new { x.definition_key, x.node_id });
                });

            migrationBuilder.CreateTable(
                name: "settings",
                schema: "desk",
                columns: table => new
                {
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_settings", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "sla_policies",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    priority = table.Column<string>(type: "text", nullable: false),
                    segment = table.Column<string>(type: "text", nullable: true),
                    first_response = table.Column<TimeSpan>(type: "interval", nullable: false),
                    resolution = table.Column<TimeSpan>(type: "interval", nullable: false),
                    warn_at = table.Column<double>(type: "double precision", nullable: false),
                    business_hours_only = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_policies", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "surveys",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    score = table.Column<int>(type: "integer", nullable: true),
                    comment = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_surveys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    frozen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    frozen_by = table.Column<string>(type: "text", nullable: true),
                    frozen_reason = table.Column<string>(type: "text", nullable: true),
                    frozen_for_case_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_accounts", x => x.id);
                    table.ForeignKey(
                        name: "FK_accounts_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "desk",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    number = table.Column<string>(type: "text", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    idempotency_key = table.Column<string>(type: "text", nullable: true),
                    channel = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<string>(type: "text", nullable: false),
                    cause = table.Column<string>(type: "text", nullable: true),
                    priority = table.Column<string>(type: "text", nullable: false),
                    status = table.Column<string>(type: "text", nullable: false),
                    merchant_ref = table.Column<string>(type: "text", nullable: true),
                    region = table.Column<string>(type: "text", nullable: true),
                    suggested_articles = table.Column<List<string>>(type: "text[]", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_response_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    first_responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    sla_warned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    first_response_breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    waiting_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolution_breached = table.Column<bool>(type: "boolean", nullable: true),
                    resolution = table.Column<string>(type: "text", nullable: true),
                    resolved_by = table.Column<string>(type: "text", nullable: true),
                    first_contact_resolution = table.Column<bool>(type: "boolean", nullable: true),
                    csat_score = table.Column<int>(type: "integer", nullable: true),
                    csat_comment = table.Column<string>(type: "text", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                    table.ForeignKey(
                        name: "FK_cases_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "desk",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_contacts",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    address = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_customer_contacts", x => x.id);
                    table.ForeignKey(
                        name: "FK_customer_contacts_customers_customer_id",
                        column: x => x.customer_id,
                        principalSchema: "desk",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_messages",
                schema: "desk",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    customer_id = table.Column<Guid>(type: "uuid", nullable: false),
                    direction = table.Column<string>(type: "text", nullable: false),
                    channel = table.Column<string>(type: "text", nullable: false),
                    kind = table.Column<string>(type: "text", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    author = table.Column<string>(type: "text", nullable: true),
                    outbox_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_messages", x => x.id);
                    table.ForeignKey(
                        name: "FK_case_messages_cases_case_id",
                        column: x => x.case_id,
                        principalSchema: "desk",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_id",
                schema: "desk",
                table: "accounts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_number",
                schema: "desk",
                table: "accounts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_acknowledged_at_created_at",
                schema: "desk",
                table: "alerts",
                columns: new[] { "acknowledged_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_kind_scope_category_created_at",
                schema: "desk",
                table: "alerts",
                columns: new[] { "kind", "scope", "category", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_messages_case_id_at",
                schema: "desk",
                table: "case_messages",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_messages_customer_id_at",
                schema: "desk",
                table: "case_messages",
                columns: new[] { "customer_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_category_created_at",
                schema: "desk",
                table: "cases",
                columns: new[] { "category", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_created_at",
                schema: "desk",
                table: "cases",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "IX_cases_customer_id_created_at",
                schema: "desk",
                table: "cases",
                columns: new[] { "customer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_first_response_open",
                schema: "desk",
                table: "cases",
                column: "first_response_due_at",
                filter: "first_responded_at IS NULL AND closed_at IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_idempotency_key",
                schema: "desk",
                table: "cases",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_instance_id",
                schema: "desk",
                table: "cases",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_cases_number",
                schema: "desk",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_resolution_open",
                schema: "desk",
                table: "cases",
                column: "resolution_due_at",
                filter: "resolved_at IS NULL AND closed_at IS NULL AND waiting_since IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "id" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_status_created_at",
                schema: "desk",
                table: "cases",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_channel_address",
                schema: "desk",
                table: "customer_contacts",
                columns: new[] { "channel", "address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_customer_id",
                schema: "desk",
                table: "customer_contacts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_tasks_assignee",
                schema: "desk",
                table: "inbox_tasks",
                column: "assignee");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_created",
                schema: "desk",
                table: "inbox_tasks",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_definition_sla",
                schema: "desk",
                table: "inbox_tasks",
                columns: new[] { "definition_id", "sla_due_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_due",
                schema: "desk",
                table: "inbox_tasks",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_form_due",
                schema: "desk",
                table: "inbox_tasks",
                columns: new[] { "form_key", "due_date" });

            migrationBuilder.CreateIndex(
                name: "IX_inbox_tasks_instance_id",
                schema: "desk",
                table: "inbox_tasks",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_priority",
                schema: "desk",
                table: "inbox_tasks",
                columns: new[] { "priority", "created_at" },
                descending: new[] { true, false });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_sla",
                schema: "desk",
                table: "inbox_tasks",
                columns: new[] { "sla_due_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inbox_tasks_unclaimed",
                schema: "desk",
                table: "inbox_tasks",
                column: "created_at",
                filter: "assignee IS NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "task_id" });

            migrationBuilder.CreateIndex(
                name: "IX_kb_articles_category_language",
                schema: "desk",
                table: "kb_articles",
                columns: new[] { "category", "language" });

            migrationBuilder.CreateIndex(
                name: "IX_kb_articles_slug_language",
                schema: "desk",
                table: "kb_articles",
                columns: new[] { "slug", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sla_policies_priority_segment",
                schema: "desk",
                table: "sla_policies",
                columns: new[] { "priority", "segment" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_case_id",
                schema: "desk",
                table: "surveys",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "alerts",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "case_messages",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "customer_contacts",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "holidays",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "inbox_tasks",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "kb_articles",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "node_wait_baselines",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "sla_policies",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "surveys",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "desk");

            migrationBuilder.DropTable(
                name: "customers",
                schema: "desk");

            migrationBuilder.DropSequence(
                name: "case_numbers",
                schema: "desk");
        }
    }
}
