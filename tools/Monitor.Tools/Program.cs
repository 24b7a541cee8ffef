using Monitor.Tools;

// Offline tools of the typo checker (not shipped with the product):
//   candidates LM OUT.tsv SET=FILE...   record the detector's candidates with features and labels
//   train OUT.tsv CALIBRATION.tsv TRAIN.tsv...   fit the acceptance model (ML.NET FastTree) and export its trees
return args switch
{
    ["candidates", var lm, var output, .. var sets] => CandidateDump.Run(lm, output, sets),
    ["train", var output, var calibration, .. var training] when training.Length > 0 => AcceptanceTrainer.Run(output, calibration, training),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: Monitor.Tools candidates LM.bin.gz OUT.tsv NAME=FILE[:clean|:inject|:pairs] ...
               Monitor.Tools train OUT-MODEL.tsv CALIBRATION.tsv TRAIN.tsv ...
        """);
    return 2;
}
