namespace Monitor.Sources;

/// <summary>A platform access token and when to stop using it (expiry minus a safety margin).</summary>
public sealed record AccessToken(string Value, DateTimeOffset UseUntil);
