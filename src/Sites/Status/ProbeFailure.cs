namespace Monitor.Sites.Status;

public sealed record ProbeFailure(DateTimeOffset At, int? StatusCode, string? Error);
