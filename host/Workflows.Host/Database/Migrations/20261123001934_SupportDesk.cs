using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Host.Database.Migrations
{
    /// <inheritdoc />
    public partial class SupportDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateSequence(
                name: "case_numbers",
                schema: "workflows");

            migrationBuilder.CreateTable(
                name: "alerts",
                schema: "workflows",
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
                schema: "workflows",
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
                schema: "workflows",
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
                name: "kb_articles",
                schema: "workflows",
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
                name: "settings",
                schema: "workflows",
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
                schema: "workflows",
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
                schema: "workflows",
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
                schema: "workflows",
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
                        principalSchema: "workflows",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                schema: "workflows",
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
                        principalSchema: "workflows",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "customer_contacts",
                schema: "workflows",
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
                        principalSchema: "workflows",
                        principalTable: "customers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "case_messages",
                schema: "workflows",
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
                        principalSchema: "workflows",
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_accounts_customer_id",
                schema: "workflows",
                table: "accounts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_accounts_number",
                schema: "workflows",
                table: "accounts",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_alerts_acknowledged_at_created_at",
                schema: "workflows",
                table: "alerts",
                columns: new[] { "acknowledged_at", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_alerts_kind_scope_category_created_at",
                schema: "workflows",
                table: "alerts",
                columns: new[] { "kind", "scope", "category", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_messages_case_id_at",
                schema: "workflows",
                table: "case_messages",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_messages_customer_id_at",
                schema: "workflows",
                table: "case_messages",
                columns: new[] { "customer_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_category_created_at",
                schema: "workflows",
                table: "cases",
                columns: new[] { "category", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_customer_id_created_at",
                schema: "workflows",
                table: "cases",
                columns: new[] { "customer_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_idempotency_key",
                schema: "workflows",
                table: "cases",
                column: "idempotency_key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_instance_id",
                schema: "workflows",
                table: "cases",
                column: "instance_id");

            migrationBuilder.CreateIndex(
                name: "IX_cases_number",
                schema: "workflows",
                table: "cases",
                column: "number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_status_created_at",
                schema: "workflows",
                table: "cases",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_channel_address",
                schema: "workflows",
                table: "customer_contacts",
                columns: new[] { "channel", "address" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_customer_contacts_customer_id",
                schema: "workflows",
                table: "customer_contacts",
                column: "customer_id");

            migrationBuilder.CreateIndex(
                name: "IX_kb_articles_category_language",
                schema: "workflows",
                table: "kb_articles",
                columns: new[] { "category", "language" });

            migrationBuilder.CreateIndex(
                name: "IX_kb_articles_slug_language",
                schema: "workflows",
                table: "kb_articles",
                columns: new[] { "slug", "language" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sla_policies_priority_segment",
                schema: "workflows",
                table: "sla_policies",
                columns: new[] { "priority", "segment" },
                unique: true)
                .Annotation("Npgsql:NullsDistinct", false);

            migrationBuilder.CreateIndex(
                name: "IX_surveys_case_id",
                schema: "workflows",
                table: "surveys",
                column: "case_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "alerts",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "case_messages",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "customer_contacts",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "holidays",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "kb_articles",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "settings",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "sla_policies",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "surveys",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "cases",
                schema: "workflows");

            migrationBuilder.DropTable(
                name: "customers",
                schema: "workflows");

            migrationBuilder.DropSequence(
                name: "case_numbers",
                schema: "workflows");
        }
    }
}
