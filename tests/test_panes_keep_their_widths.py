"""The panes keep the widths the user chose while the findings change: a long summary
above the list widened the text pane and pushed the fields narrower (a tester's report)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot


def test_a_long_findings_summary_does_not_move_the_splitter(qtbot: QtBot, window_factory) -> None:
    window = window_factory()
    window.resize(1100, 700)
    window.show()
    qtbot.waitExposed(window)
    window.splitter.setSizes([250, 420, 400])
    chosen = window.splitter.sizes()
    long = (
        "2 zu beachten, 1 ausgeblendet – aber der Text ist länger, als die Plattform "
        "erlaubt, und noch ein paar Worte mehr, damit es wirklich lang wird."
    )
    window.findings.summary.setText(long)
    qtbot.wait(50)
    assert window.splitter.sizes() == chosen
    assert window.findings.summary.minimumSizeHint().width() < 400
