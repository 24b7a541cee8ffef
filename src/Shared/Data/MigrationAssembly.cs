using System.Reflection;

namespace Monitor.Shared.Data;

/// <summary>
/// An assembly that embeds more <c>Data/Migrations/{Sqlite,Postgres}/NNNN_Name.sql</c> files (e.g. the dashboard's
/// log-in tables, which need ASP.NET types Shared must not reference). Registered in DI; versions share one sequence.
/// </summary>
public sealed record MigrationAssembly(Assembly Assembly);
