using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// The customer's cases index also holds the case id, so the newest cases of everyone with a name (a common
    /// Chinese name belongs to hundreds of customers) come from the index alone. Written by hand.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261202133000_CaseSearchByCustomer")]
    public class CaseSearchByCustomer : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_cases_customer_id_created_at", schema: "desk", table: "cases");
            migrationBuilder.CreateIndex(name: "IX_cases_customer_id_created_at", schema: "desk", table: "cases", columns: ["customer_id", "created_at"])
                .Annotation("Npgsql:IndexInclude", new[] { "id" });
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_cases_customer_id_created_at", schema: "desk", table: "cases");
            migrationBuilder.CreateIndex(name: "IX_cases_customer_id_created_at", schema: "desk", table: "cases", columns: ["customer_id", "created_at"]);
        }
    }
}
