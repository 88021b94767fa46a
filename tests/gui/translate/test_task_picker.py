"""The task picker only requests a task: it shows the pad's task until the tab confirms a switch."""

from rnnlab.gui.translate.task_picker import BUILT_IN_TITLES, CUSTOM, DATES, PAIRS_FILE_TITLE, PIG_LATIN, TaskPicker


def _pick(picker, title):
    index = picker.findText(title)
    assert index >= 0, title
    picker.setCurrentIndex(index)
    picker.activated.emit(index)


def test_pig_latin_is_the_default_and_the_file_entry_is_last(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    assert picker.objectName() == "taskPicker"
    assert picker.currentText() == BUILT_IN_TITLES[PIG_LATIN] and picker.current_key == PIG_LATIN
    assert [picker.itemText(i) for i in range(picker.count())] == [*BUILT_IN_TITLES.values(), PAIRS_FILE_TITLE]


def test_a_pick_is_a_request_and_the_box_snaps_back_until_confirmed(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    with qtbot.waitSignal(picker.task_requested) as requested:
        _pick(picker, BUILT_IN_TITLES[DATES])
    assert requested.args == [DATES]
    assert picker.currentText() == BUILT_IN_TITLES[PIG_LATIN]
    picker.show_task(DATES)
    assert picker.currentText() == BUILT_IN_TITLES[DATES] and picker.current_key == DATES
    with qtbot.waitSignal(picker.pairs_file_requested):
        _pick(picker, PAIRS_FILE_TITLE)
    assert picker.currentText() == BUILT_IN_TITLES[DATES]


def test_picking_the_current_task_requests_nothing(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    with qtbot.assertNotEmitted(picker.task_requested):
        _pick(picker, BUILT_IN_TITLES[PIG_LATIN])


def test_the_pads_own_task_is_listed_only_while_the_pad_is_in_it(qtbot):
    picker = TaskPicker()
    qtbot.addWidget(picker)
    picker.show_task(CUSTOM, "reverse.tsv (lines)")
    assert picker.currentText() == "reverse.tsv (lines)" and picker.count() == 4
    picker.show_task(CUSTOM, "upper.csv (lines)")
    assert picker.currentText() == "upper.csv (lines)" and picker.count() == 4
    assert picker.itemText(picker.count() - 1) == PAIRS_FILE_TITLE
    picker.show_task(PIG_LATIN)
    assert picker.count() == 3 and picker.findText("upper.csv (lines)") < 0
