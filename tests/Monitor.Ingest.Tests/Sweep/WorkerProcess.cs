using System.Diagnostics;
using Monitor.TestSupport;

namespace Monitor.Ingest.Tests.Sweep;

/// <summary>A real <c>monitor worker</c> process on a test database, clustered, with its connectors unthrottled.</summary>
public sealed class WorkerProcess : IDisposable
{
    private readonly Process _process;

    public WorkerProcess(TestDb db, string sweepCron)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "monitor.dll"), "worker"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        foreach (var (key, value) in db.Settings)
        {
            start.Environment[key.Replace(":", "__")] = value;
        }
        start.Environment["Monitor__Jobs__Clustered"] = "true";
        start.Environment["Monitor__Jobs__SweepCron"] = sweepCron;
        start.Environment["Monitor__Jobs__TimeZone"] = "UTC";
        start.Environment["Monitor__Jobs__CheckinSeconds"] = "3";
        start.Environment["Monitor__Jobs__IdleWaitSeconds"] = "1";
        start.Environment["Monitor__Sweep__BatchSize"] = "50";
        start.Environment["Monitor__Connectors__Feed__PermitsPerSecond"] = "0";
        _process = Process.Start(start)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (Log) { Log.Add(e.Data); } } };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public List<string> Log { get; } = [];

    public int ProcessId => _process.Id;

    /// <summary>Kills the process without letting it finish anything: a node that died.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }
}
