using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Monitor.Ingest.Hosting;
using Monitor.Shared;
using Monitor.Shared.Data;

namespace Monitor.Cli;

/// <summary><c>monitor db migrate</c> (the deploy step for PostgreSQL) and <c>monitor db script</c> (what the EF model would create, for writing a migration).</summary>
public static class DbCommands
{
    public static Command Create()
    {
        var db = new Command("db", "数据库：迁移与建表脚本");

        var migrate = new Command("migrate", "执行未执行的数据库迁移");
        migrate.SetAction(async (_, ct) =>
        {
            using var host = MonitorHost.Build();
            await using var scope = host.Services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<SchemaMigrator>().MigrateAsync(ct);
            Console.WriteLine(applied == 0 ? "数据库已是最新，无需迁移。" : $"已执行 {applied} 个迁移，数据库已是最新。");
            return 0;
        });
        db.Subcommands.Add(migrate);

        var provider = new Option<string>("--provider") { Description = "Sqlite or Postgres", DefaultValueFactory = _ => "Sqlite" };
        var script = new Command("script", "输出 EF 模型对应的建表脚本（编写迁移时参考）") { provider };
        script.SetAction(parse =>
        {
            var options = new StorageOptions { Provider = parse.GetValue(provider)! };
            var builder = new DbContextOptionsBuilder<MonitorDbContext>();
            DataServiceCollectionExtensions.Configure(builder, options, options.IsPostgres ? "Host=localhost" : "Data Source=:memory:");
            using var context = new MonitorDbContext(builder.Options);
            Console.WriteLine(context.Database.GenerateCreateScript());
            return 0;
        });
        db.Subcommands.Add(script);
        return db;
    }
}
