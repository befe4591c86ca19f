using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Workflows.Server.Database.Migrations
{
    /// <summary>
    /// An instance a call activity started knows its caller (instance, call id, node), so the parent's view can list its
    /// children and the child's can link back. Written by hand without a target model: the snapshot carries the model.
    /// </summary>
    [DbContext(typeof(ServerDbContext))]
    [Migration("20261204090000_CalledInstances")]
    public class CalledInstances : Migration
    {
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            ALTER TABLE workflows.instances ADD parent_instance_id uuid NULL, ADD parent_call_id bigint NULL, ADD parent_node_id text NULL;
            CREATE INDEX "IX_instances_parent_instance_id_parent_call_id" ON workflows.instances (parent_instance_id, parent_call_id);
            """);

        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql("""
            DROP INDEX workflows."IX_instances_parent_instance_id_parent_call_id";
            ALTER TABLE workflows.instances DROP parent_instance_id, DROP parent_call_id, DROP parent_node_id;
            """);
    }
}
