using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The bot's conversations with customers before an agent (issue 20, part 6): at most one open per customer, and
    /// indexes for a customer's conversations and for the start time the manager's numbers count by. Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203160000_BotConversations")]
    public class BotConversations : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE desk.bot_conversations (
              id uuid NOT NULL CONSTRAINT "PK_bot_conversations" PRIMARY KEY,
              customer_id uuid NOT NULL,
              channel text NOT NULL,
              language text NOT NULL,
              status text NOT NULL,
              hand_off_reason text,
              said text[] NOT NULL,
              articles text[] NOT NULL,
              transcript text NOT NULL,
              last_message_key text,
              last_reply text,
              started_at timestamp with time zone NOT NULL,
              updated_at timestamp with time zone NOT NULL,
              ended_at timestamp with time zone,
              case_id uuid);
            CREATE UNIQUE INDEX ix_bot_conversations_open ON desk.bot_conversations (customer_id) WHERE status = 'open';
            CREATE INDEX "IX_bot_conversations_customer_id" ON desk.bot_conversations (customer_id);
            CREATE INDEX "IX_bot_conversations_started_at" ON desk.bot_conversations (started_at);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "bot_conversations", schema: "desk");
    }
}
