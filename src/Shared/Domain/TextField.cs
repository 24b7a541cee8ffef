namespace Monitor.Shared.Domain;

/// <summary>Which part of a post a finding's span points into.</summary>
public enum TextField
{
    Text,
    Title,
}
