using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The WeChat channel's receipts: one row per message or event WeChat delivered, keyed by what its retries share
    /// (MsgId, or sender, time and event), written with whatever the message wrote, so a retry writes nothing twice.
    /// Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203110000_WeChatChannel")]
    public class WeChatChannel : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE desk.we_chat_receipts (
              dedupe_key text NOT NULL CONSTRAINT "PK_we_chat_receipts" PRIMARY KEY,
              open_id text NOT NULL,
              msg_type text NOT NULL,
              event text,
              received_at timestamp with time zone NOT NULL);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "we_chat_receipts", schema: "desk");
    }
}
