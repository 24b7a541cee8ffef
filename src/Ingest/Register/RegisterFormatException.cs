namespace Monitor.Ingest.Register;

/// <summary>The file as a whole cannot be read as a register (message in Chinese, shown to the admin).</summary>
public class RegisterFormatException(string message) : Exception(message);
