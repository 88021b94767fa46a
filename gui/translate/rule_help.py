"""The pad's "The rule" help: the Pig Latin conventions RNN Lab grades against, where schools differ."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from rnnlab.engine.translations import translatable
from rnnlab.gui.i18n import translate

RULE_HTML = translatable("translate.rule_help", """
<h3>The rule RNN Lab grades against</h3>
<ul>
<li>A word that starts with <b>a, e, i, o, u</b> gets <b>way</b>: <tt>air &rarr; airway</tt>.</li>
<li>Otherwise the letters before the first vowel move to the end and <b>ay</b> follows:
    <tt>the &rarr; ethay</tt>, <tt>strong &rarr; ongstray</tt>.</li>
<li><b>y</b> counts as a vowel, except as the first letter: <tt>fly &rarr; yflay</tt>,
    <tt>rhythm &rarr; ythmrhay</tt>. A word that <i>starts</i> with y only gets <b>ay</b>:
    <tt>yellow &rarr; yelloway</tt>, <tt>yet &rarr; yetay</tt>. (Some schools move the y and write
    <tt>ellowyay</tt>; the course data this follows does not.)</li>
<li><b>qu</b> moves as one block: <tt>quiet &rarr; ietquay</tt>, <tt>square &rarr; aresquay</tt>.</li>
<li>A word with no vowel and no y just gets <b>ay</b>: <tt>psst &rarr; psstay</tt>, <tt>DVD &rarr; DVDAY</tt>.</li>
<li><b>Hyphens and apostrophes</b> split a word; each part is translated alone and the mark stays:
    <tt>won't &rarr; onway'tay</tt>, <tt>by-and-by &rarr; ybay-andway-ybay</tt>.</li>
<li><b>Digits</b> end a word and stay where they are: <tt>mp3 &rarr; mpay3</tt>, <tt>3rd &rarr; 3rday</tt>.</li>
<li><b>Capitals</b>: <tt>Hello &rarr; Ellohay</tt>, <tt>NASA &rarr; ASANAY</tt>; in a mixed word each letter keeps
    its case as it moves: <tt>McDonald &rarr; onaldMcDay</tt>, <tt>iPhone &rarr; iPhoneway</tt>.</li>
<li>Letters outside a-z (<tt>café</tt>) and words over 24 letters are left as typed, with a note.</li>
</ul>
<p>The models learnt this rule from examples; the comparison marks every word where a model's answer differs
from it.</p>
""")


class RuleHelpDialog(QDialog):
    """A small non-modal window with the rule's conventions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ruleHelpDialog")
        self.setWindowTitle(translate("translate.rule_help", "The Pig Latin rule"))
        self._browser = browser = QTextBrowser(objectName="ruleHelpText")
        browser.setHtml(translate("translate.rule_help", RULE_HTML))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        self.resize(560, 480)

    def changeEvent(self, event: QEvent) -> None:
        """Show the rule in the window's new language."""
        if event.type() == QEvent.Type.LanguageChange:
            self._browser.setHtml(translate("translate.rule_help", RULE_HTML))
        super().changeEvent(event)
