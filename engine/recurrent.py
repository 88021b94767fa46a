"""The recurrent cells RNN Lab trains, declared once: every tab offers the same three."""

CELLS: tuple[str, ...] = ("rnn", "lstm", "gru")
