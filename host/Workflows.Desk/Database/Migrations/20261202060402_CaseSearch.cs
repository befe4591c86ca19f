using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// Case search: the analyser function (Chinese runs as characters and pairs, see Search.SearchGrams), a stored
    /// search vector with a GIN index on cases and customers, and contact addresses indexed on their own.
    /// Written by hand without a target model: the snapshot carries the model, and nothing here needs one.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261202060402_CaseSearch")]
    public class CaseSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION desk.search_grams(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                  SELECT t || coalesce(' ' || (
                    SELECT string_agg(substr(run[1], i, 1) || CASE WHEN i < length(run[1]) THEN ' ' || substr(run[1], i, 2) ELSE '' END, ' ')
                    FROM regexp_matches(t, '([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', 'g') AS run, generate_series(1, length(run[1])) AS i), '')
                $$
                """);
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "search_vector", schema: "desk", table: "customers", type: "tsvector", nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, desk.search_grams(coalesce(name, '')))", stored: true);
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "search_vector", schema: "desk", table: "cases", type: "tsvector", nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, desk.search_grams(coalesce(number || ' ' || subject || ' ' || description, '')))",
                stored: true);
            migrationBuilder.CreateIndex(name: "IX_customers_search_vector", schema: "desk", table: "customers", column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
            migrationBuilder.CreateIndex(name: "IX_customer_contacts_address", schema: "desk", table: "customer_contacts", column: "address");
            migrationBuilder.CreateIndex(name: "IX_cases_search_vector", schema: "desk", table: "cases", column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_customers_search_vector", schema: "desk", table: "customers");
            migrationBuilder.DropIndex(name: "IX_customer_contacts_address", schema: "desk", table: "customer_contacts");
            migrationBuilder.DropIndex(name: "IX_cases_search_vector", schema: "desk", table: "cases");
            migrationBuilder.DropColumn(name: "search_vector", schema: "desk", table: "customers");
            migrationBuilder.DropColumn(name: "search_vector", schema: "desk", table: "cases");
            migrationBuilder.Sql("DROP FUNCTION desk.search_grams(text)");
        }
    }
}
