using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Shared;
using Quartz;

namespace Monitor.Ingest.Jobs;

public static class SweepScheduling
{
    /// <summary>
    /// Hosts Quartz with the daily sweep and the batch jobs. Called by <c>AddIngest()</c> when <c>Monitor:Jobs:Enabled</c>
    /// is true, and by <c>monitor worker</c> regardless; registering twice is a no-op.
    /// </summary>
    public static IHostApplicationBuilder AddSweepScheduling(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(SweepFanOut)))
        {
            return builder;
        }
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        var storage = builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        if (jobs.Clustered && !storage.IsPostgres)
        {
            throw new InvalidOperationException("Monitor:Jobs:Clustered 需要 PostgreSQL 存储（Monitor:Storage:Provider=Postgres）。");
        }
        builder.Services.AddSingleton<SweepFanOut>();
        builder.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = "monitor";
                s.IdleWaitTime = TimeSpan.FromSeconds(Math.Max(1, jobs.IdleWaitSeconds));
            });
            q.UseDefaultThreadPool(storage.IsPostgres ? jobs.MaxConcurrency : 1);
            q.AddJob<SweepJob>(j => j.WithIdentity(SweepJob.Key).StoreDurably().RequestRecovery());
            q.AddJob<SweepBatchJob>(j => j.WithIdentity(SweepBatchJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t
                .WithIdentity("sweep-daily", "monitor")
                .ForJob(SweepJob.Key)
                .WithCronSchedule(jobs.SweepCron, c => c.InTimeZone(ChinaTime.FindZone(jobs.TimeZone))));
            if (jobs.Clustered)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(storage.ConnectionString!);
                    store.UseSystemTextJsonSerializer();
                    store.UseClustering(c =>
                    {
                        c.CheckinInterval = TimeSpan.FromSeconds(jobs.CheckinSeconds);
                        c.CheckinMisfireThreshold = TimeSpan.FromSeconds(jobs.CheckinSeconds);
                    });
                });
            }
            else
            {
                q.UseInMemoryStore();
            }
        });
        builder.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return builder;
    }
}
