"""Character-level translation: English -> Pig Latin (the exact rule, the shipped word lists) or any task of pairs
read from a file; GRU encoder-decoders with and without attention, their training job, and the translation of text
as a person types it (word by word for Pig Latin, line by line for a task of pairs).

Modules importing torch (``model``, ``training``, ``translator``) are imported lazily by the GUI, after the
engine has loaded; ``task``, ``pairs``, ``pig_latin``, ``config``, ``words``, ``metrics``, ``text``, ``lines`` and
``pretrained`` are torch-free.
"""
