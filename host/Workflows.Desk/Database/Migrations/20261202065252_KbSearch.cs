using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// Knowledge-base search: the articles' words (Chinese cut by jieba in C#, so existing articles are indexed by the
    /// desk at startup) and their english tsvector with a GIN index. Written by hand without a target model.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261202065252_KbSearch")]
    public class KbSearch : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(name: "search_text", schema: "desk", table: "kb_articles", type: "text", nullable: false, defaultValue: "");
            migrationBuilder.AddColumn<NpgsqlTsVector>(name: "search_vector", schema: "desk", table: "kb_articles", type: "tsvector", nullable: true,
                computedColumnSql: "to_tsvector('english'::regconfig, search_text)", stored: true);
            migrationBuilder.CreateIndex(name: "IX_kb_articles_search_vector", schema: "desk", table: "kb_articles", column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(name: "IX_kb_articles_search_vector", schema: "desk", table: "kb_articles");
            migrationBuilder.DropColumn(name: "search_vector", schema: "desk", table: "kb_articles");
            migrationBuilder.DropColumn(name: "search_text", schema: "desk", table: "kb_articles");
        }
    }
}
