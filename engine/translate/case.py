"""The capitalisation of a translated word: the models read and write lower case, the text keeps its case (torch-free).

Four patterns, decided by the typed word's letters, the same in the pad and on the command line:

- lower case stays lower case: ``hello -> ellohay``;
- a capital first letter and the rest lower case (or a single capital) gives a capital first letter:
  ``Hello -> Ellohay``, ``Mr -> Mray``, ``I -> Iway``;
- all capitals (two letters or more) gives all capitals: ``NASA -> ASANAY``, ``DVD -> DVDAY``;
- any other mix keeps each letter's case as the letter moves, and the added ``way``/``ay`` is lower case:
  ``iPhone -> iPhoneway``, ``McDonald -> onaldMcDay``.

For the mixed pattern a model's output is matched letter by letter against the rule's (``difflib``), so the
letters it got right carry their case and the ones it made up are lower case.
"""

from __future__ import annotations

import difflib

from rnnlab.engine.translate.pig_latin import pig_latin_part

CASE_PATTERNS = ("lower", "capitalised", "upper", "mixed")


def case_pattern(typed: str) -> str:
    """Which of the four patterns ``typed`` follows: lower, capitalised, upper or mixed."""
    if typed == typed.lower():
        return "lower"
    if len(typed) > 1 and typed == typed.upper():
        return "upper"
    if typed[:1].isupper() and typed[1:] == typed[1:].lower():
        return "capitalised"
    return "mixed"


def restore_case(typed: str, lower_output: str) -> str:
    """Give ``lower_output`` (a translation of ``typed.lower()``) the capitalisation of ``typed``'s pattern."""
    pattern = case_pattern(typed)
    if pattern == "lower":
        return lower_output
    if pattern == "upper":
        return lower_output.upper()
    if pattern == "capitalised":
        return lower_output[:1].upper() + lower_output[1:]
    cased_rule = pig_latin_part(typed)
    letters = list(lower_output)
    matcher = difflib.SequenceMatcher(a=lower_output, b=cased_rule.lower(), autojunk=False)
    for start, rule_start, size in matcher.get_matching_blocks():
        letters[start:start + size] = cased_rule[rule_start:rule_start + size]
    return "".join(letters)
