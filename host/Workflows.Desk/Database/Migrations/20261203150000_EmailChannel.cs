using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The email channel's receipts: one row per mail read from the mailbox, keyed by its Message-ID (or its place in
    /// the mailbox), written with whatever the mail wrote, so a mail read by two hosts is taken once; a reply naming a
    /// Message-ID finds its case here. Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203150000_EmailChannel")]
    public class EmailChannel : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            CREATE TABLE desk.email_receipts (
              message_key text NOT NULL CONSTRAINT "PK_email_receipts" PRIMARY KEY,
              case_id uuid,
              from_address text NOT NULL,
              subject text,
              outcome text NOT NULL,
              received_at timestamp with time zone NOT NULL);
            CREATE INDEX "IX_email_receipts_case_id_received_at" ON desk.email_receipts (case_id, received_at);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(name: "email_receipts", schema: "desk");
    }
}
