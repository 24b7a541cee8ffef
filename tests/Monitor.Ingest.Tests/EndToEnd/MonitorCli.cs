using System.Diagnostics;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.EndToEnd;

/// <summary>
/// Runs the real <c>monitor</c> executable the way an office (and the outside checks) would: one process per verb, the
/// database and every setting passed as environment variables (<c>Monitor__Connectors__…</c>).
/// </summary>
public sealed class MonitorCli(TestDb db, IReadOnlyDictionary<string, string> settings)
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public async Task<Result> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), .. args])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in db.Settings.Concat(settings))
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }
}
