using System.Diagnostics;

namespace Monitor.TestSupport;

/// <summary>
/// The real <c>monitor</c> executable as a child process, with its output redirected — as when an operator pipes it
/// into another program or a script reads it. Works in any test project that references src/Cli.
/// </summary>
public static class MonitorProcess
{
    public sealed record Result(int ExitCode, string Output, string Errors);

    public static async Task<Result> RunAsync(TestDb db, params string[] args) => await RunAsync(db.Settings, null, args);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> settings, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await errors);
    }
}
