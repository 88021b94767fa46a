"""The main window: tab order and names, engine load in the background, clean close."""

from PySide6.QtWidgets import QTabWidget

from gui.app import create_window


def test_tabs_in_order_with_object_names(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    tabs = window.findChild(QTabWidget, "mainTabs")
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == ["Gradient flow", "Stock forecaster", "Translation pad"]
    names = [tabs.widget(i).objectName() for i in range(tabs.count())]
    assert names == ["gradientFlowTab", "forecastTab", "translationTab"]


def test_engine_loads_in_background(qtbot, no_leaked_jobs):
    window = create_window()
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.engine_loaded, timeout=60000):
        window.start_engine_load()
    assert window.engine_ready
    window.close()
