"""English -> Pig Latin, one character at a time: the exact rule, the word lists, GRU encoder-decoders
with and without attention, their training job, and the translation of text as a person types it.

Modules importing torch (``model``, ``training``, ``translator``) are imported lazily by the GUI, after the
engine has loaded; ``pig_latin``, ``config``, ``vocabulary``, ``words``, ``metrics``, ``text`` and
``pretrained`` are torch-free.
"""
