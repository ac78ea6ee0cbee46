using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Trek.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FastqJobs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Calls",
                table: "FastqJobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "FastqJobs",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            migrationBuilder.AddColumn<string>(
                name: "CreatedBy",
                table: "FastqJobs",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "FinishedAt",
                table: "FastqJobs",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FusionUploadId",
                table: "FastqJobs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Read1Bytes",
                table: "FastqJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Read1Name",
                table: "FastqJobs",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<long>(
                name: "Read2Bytes",
                table: "FastqJobs",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<string>(
                name: "Read2Name",
                table: "FastqJobs",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StartedAt",
                table: "FastqJobs",
                type: "TEXT",
                nullable: true);
        
            // Issue 12, one fusion name: partner-unknown calls imported before this version carried VICC's `v::GENE`;
            // the registry's name is the fusions.tsv `fusion` column, `.::GENE` (gene1 is stored as ".").
            migrationBuilder.Sql("UPDATE \"FusionCalls\" SET \"Fusion\" = '.::' || \"Gene2\" WHERE \"Gene1\" = '.';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Calls",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "CreatedBy",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "FinishedAt",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "FusionUploadId",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "Read1Bytes",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "Read1Name",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "Read2Bytes",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "Read2Name",
                table: "FastqJobs");

            migrationBuilder.DropColumn(
                name: "StartedAt",
                table: "FastqJobs");
        }
    }
}
