"""The files RNN Lab ships: the sample price CSVs, the translator word lists and models, the app icons."""
