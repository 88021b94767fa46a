"""RNN Lab's engine: all the science (torch, numpy, pandas, scikit-learn), never Qt.

Every job here is a plain callable taking a configuration dataclass, a progress callback and a
cancel token, so it runs the same in a test, on the command line and behind a button.
"""
