namespace Monitor.Ingest.Register;

public class AccountImporter
{
}
