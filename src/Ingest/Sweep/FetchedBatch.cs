using Monitor.Shared.Domain;

namespace Monitor.Ingest.Sweep;

/// <summary>A batch's accounts (tracked by the batch's context) and what fetching each of them brought, at one instant.</summary>
public sealed record FetchedBatch(List<GovAccount> Accounts, FetchOutcome[] Outcomes, DateTime NowUtc);
