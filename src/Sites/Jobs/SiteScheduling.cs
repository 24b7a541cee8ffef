using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Monitor.Ingest.Jobs;
using Quartz;

namespace Monitor.Sites.Jobs;

/// <summary>
/// The one place the website jobs meet the job host: a probe round every minute and the daily website sweep, added
/// to whatever Quartz scheduler <c>AddSweepScheduling()</c> hosts. Swapping the job host means rewriting only this.
/// </summary>
public static class SiteScheduling
{
    public static IHostApplicationBuilder AddSiteJobs(this IHostApplicationBuilder builder)
    {
        if (builder.Services.Any(d => d.ServiceType == typeof(Registered)))
        {
            return builder;
        }
        builder.Services.AddSingleton<Registered>();
        var jobs = builder.Configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        // Added to every scheduler in the container, whichever order AddQuartz is called in.
        builder.Services.ConfigureAllQuartzSchedulers(q =>
        {
            q.AddJob<ProbeSitesJob>(j => j.WithIdentity(ProbeSitesJob.Key).StoreDurably());
            q.AddJob<SweepSitesJob>(j => j.WithIdentity(SweepSitesJob.Key).StoreDurably().RequestRecovery());
            q.AddTrigger(t => t.WithIdentity("site-probes-minutely", "monitor").ForJob(ProbeSitesJob.Key)
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(1)).RepeatForever()).StartNow());
            q.AddTrigger(t => t.WithIdentity("site-sweep-daily", "monitor").ForJob(SweepSitesJob.Key)
                .WithCronSchedule(jobs.SweepCron, c => c.InTimeZone(TimeZoneInfo.FindSystemTimeZoneById(jobs.TimeZone))));
        });
        return builder;
    }

    /// <summary>Marks the jobs as added, so that enabling jobs and <c>monitor worker</c> together add them once.</summary>
    private sealed class Registered;
}
