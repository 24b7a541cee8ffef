using System.Diagnostics;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>A real <c>monitor worker</c> process on a test database, its jobs in the database's Hangfire storage.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    public WorkerProcess(TestDb db, IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), "worker"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in db.Settings.Concat(settings))
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        _process = Process.Start(start)!;
        ProcessId = _process.Id;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (Log) { Log.Add(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public List<string> Log { get; } = [];

    public int ProcessId { get; }

    /// <summary>Kills the process without letting it finish anything: a node that died.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
