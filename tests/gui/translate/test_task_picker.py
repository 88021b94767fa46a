"""The task picker only requests a task: it shows the pad's task until the tab confirms a switch."""

from rnnlab.engine.translate.tasks import CUSTOM_KEY, DATES_KEY, PIG_LATIN_KEY, TASK_TITLES
from rnnlab.gui.translate.task_picker import PAIRS_FILE_TITLE, TaskPicker


def _pick(picker, title):
    index = picker.findText(title)
    assert index >= 0, title
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def test_pig_latin_is_the_default_and_the_file_entry_is_last(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    assert picker.objectName() == "taskPicker"
    assert picker.currentText() == TASK_TITLES[PIG_LATIN_KEY] and picker.current_key == PIG_LATIN_KEY
    assert [picker.itemText(i) for i in range(picker.count())] == [*TASK_TITLES.values(), PAIRS_FILE_TITLE]


def test_a_pick_is_a_request_and_the_box_snaps_back_until_confirmed(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.task_requested) as requested:
        _pick(picker, TASK_TITLES[DATES_KEY])
    assert requested.args == [DATES_KEY]
    assert picker.currentText() == TASK_TITLES[PIG_LATIN_KEY]
    picker.show_task(DATES_KEY)
    assert picker.currentText() == TASK_TITLES[DATES_KEY] and picker.current_key == DATES_KEY
    with qtbot.waitSignal(picker.pairs_file_requested):
        _pick(picker, PAIRS_FILE_TITLE)
    assert picker.currentText() == TASK_TITLES[DATES_KEY]


def test_picking_the_current_task_requests_nothing(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    with qtbot.assertNotEmitted(picker.task_requested):
        _pick(picker, TASK_TITLES[PIG_LATIN_KEY])


def test_the_pads_own_task_is_listed_only_while_the_pad_is_in_it(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    picker.show_task(CUSTOM_KEY, "reverse.tsv (lines)")
    assert picker.currentText() == "reverse.tsv (lines)" and picker.count() == 4
    picker.show_task(CUSTOM_KEY, "upper.csv (lines)")
    assert picker.currentText() == "upper.csv (lines)" and picker.count() == 4
    assert picker.itemText(picker.count() - 1) == PAIRS_FILE_TITLE
    picker.show_task(PIG_LATIN_KEY)
    assert picker.count() == 3 and picker.findText("upper.csv (lines)") < 0
