"""A pickle that runs code when it is loaded: the model-file tests prove RNN Lab never loads one."""


class CodeRunningPayload:
    """Unpickling this calls ``open(marker, "w")``, creating ``marker``: proof that code ran."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (self.marker, "w"))
