using Monitor.Shared.Data;
using Monitor.Shared.Domain;

namespace Monitor.Shared.Audit;

/// <summary>Adds an audit entry to the context; the caller saves it in the same unit of work as the change.</summary>
public sealed class AuditLog(MonitorDbContext db, TimeProvider time)
{
    public void Add(string actor, string action, string target, string? before, string? after) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            Actor = actor,
            Action = action,
            Target = Cut(target, 200),
            Before = before is null ? null : Cut(before, 4000),
            After = after is null ? null : Cut(after, 4000),
        });

    private static string Cut(string s, int max) => s.Length <= max ? s : s[..max];
}
