"""Which report a tab's session can offer right now, as a builder to run in the background and a file-name stem.

Importing this module loads no torch (the tabs import it before the engine has loaded); the report modules are
imported when a report is offered, after a run.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from rnnlab.engine.forecast.session import ForecastSession
    from rnnlab.engine.report.document import Report


def session_report(session: "ForecastSession") -> tuple[Callable[[], "Report"] | None, str]:
    """The forecaster's report when the forecast on show was trained here (not a loaded model, not a backtest):
    ``(builder, stem)``; ``(None, "")`` otherwise. The builder reads only the files and the finished run, so it may
    run in another thread while the session moves on."""
    from rnnlab.engine.forecast.session import ScoredModel

    forecast = session.forecast
    if forecast is None or isinstance(forecast, ScoredModel):
        return None, ""
    from rnnlab.engine.forecast.lab import FORECAST

    config, inputs = forecast.forecaster.config, session.inputs()
    build = partial(FORECAST.report, session.run(config), inputs, forecast)
    return build, f"forecast-{config.column}-{Path(inputs.train.source).stem}-report"
