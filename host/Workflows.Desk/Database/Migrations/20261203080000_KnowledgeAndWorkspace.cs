using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Desk.Database.Migrations
{
    /// <summary>
    /// Knowledge-base editing (every version of an article, at most one draft or review open per article, the published
    /// version's number on the article), canned replies, files on cases (their bytes in the database), the file an
    /// internal timeline entry points at, tags on cases, and the lease by which one host serves a team's queue at a time.
    /// </summary>
    [DbContext(typeof(DeskDbContext))]
    [Migration("20261203080000_KnowledgeAndWorkspace")]
    public class KnowledgeAndWorkspace : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE desk.kb_articles ADD version integer NOT NULL DEFAULT 0;
            CREATE TABLE desk.kb_revisions (
                id uuid NOT NULL CONSTRAINT "PK_kb_revisions" PRIMARY KEY,
                slug text NOT NULL,
                language text NOT NULL,
                version integer NOT NULL,
                title text NOT NULL,
                summary text NOT NULL,
                body text NOT NULL,
                category text NOT NULL,
                tags text[] NOT NULL,
                status text NOT NULL,
                author text NOT NULL,
                created_at timestamp with time zone NOT NULL,
                updated_at timestamp with time zone NOT NULL,
                reviewed_by text,
                review_comment text,
                published_at timestamp with time zone
            );
            CREATE UNIQUE INDEX "IX_kb_revisions_slug_language_version" ON desk.kb_revisions (slug, language, version);
            CREATE UNIQUE INDEX ix_kb_revisions_open ON desk.kb_revisions (slug, language) WHERE status IN ('draft', 'review');

            CREATE TABLE desk.macros (
                id uuid NOT NULL CONSTRAINT "PK_macros" PRIMARY KEY,
                name text NOT NULL,
                language text NOT NULL,
                body text NOT NULL,
                category text,
                updated_by text NOT NULL,
                updated_at timestamp with time zone NOT NULL
            );

            CREATE TABLE desk.attachments (
                id uuid NOT NULL CONSTRAINT "PK_attachments" PRIMARY KEY,
                case_id uuid NOT NULL,
                file_name text NOT NULL,
                content_type text NOT NULL,
                size bigint NOT NULL,
                content bytea NOT NULL,
                uploaded_by text NOT NULL,
                at timestamp with time zone NOT NULL
            );
            CREATE INDEX "IX_attachments_case_id" ON desk.attachments (case_id);

            ALTER TABLE desk.case_messages ADD attachment_id uuid;
            ALTER TABLE desk.cases ADD tags text[] NOT NULL DEFAULT '{}';

            ALTER TABLE desk.team_routings ADD served_by text, ADD served_until timestamp with time zone;
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE desk.team_routings DROP served_by, DROP served_until;
            ALTER TABLE desk.cases DROP tags;
            ALTER TABLE desk.case_messages DROP attachment_id;
            DROP TABLE desk.attachments;
            DROP TABLE desk.macros;
            DROP TABLE desk.kb_revisions;
            ALTER TABLE desk.kb_articles DROP version;
            """);
    }
}
