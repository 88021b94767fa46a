"""Regenerate the documentation's tables of measured figures by running the commands behind them.

Each table sits in one of the files this script owns (``FILES``) between ``<!-- figures:NAME -->`` and
``<!-- /figures:NAME -->``. This script runs the command of every row (the subcommands a user types, run in this
process so that their CPU time can be counted), formats the row and rewrites the tables, and the ``machine`` block
names the CPU and the versions the figures come from. ``tests/scripts/test_readme_figures.py`` reruns the cheap rows
and compares them with the files.

    python scripts/readme_figures.py            # every row (many minutes of CPU), then rewrite the files
    python scripts/readme_figures.py --cheap    # only the rows that take seconds
    python scripts/readme_figures.py --check    # write nothing; exit 1 where a file differs from the rows run
    python scripts/readme_figures.py --table gradflow   # one table
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import re
import statistics
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from importlib import metadata
from pathlib import Path
from typing import Any, Callable, Sequence

from rnnlab.engine.atomic import atomic_path
from rnnlab.engine.experiments.stats import p_text
from rnnlab.engine.forecast.verdict import LEVEL

ROOT = Path(__file__).resolve().parent.parent
# The files whose marked blocks this script writes; each block is in exactly one of them.
FILES: tuple[Path, ...] = tuple(ROOT / "docs" / name for name in (
    "gradient-flow.md", "stock-forecaster.md", "translation-pad.md", "performance.md", "experiments.md")) + (
    ROOT / "README.md",)
TRAIN_CSV = "resources/stock/Google_Stock_Price_Train.csv"
TEST_CSV = "resources/stock/Google_Stock_Price_Test.csv"
FORECAST_SEEDS = range(5)
CHARTS: dict[Path, str] = {}
"""The charts the measured commands drew (SVG text by file), written beside the tables unless ``--check``."""
PERFORMANCE_LINE = "performance-line"
"""The README's one line of speed figures, written from the rows of the ``performance`` table when it is measured."""
SPEED: dict[str, str] = {}
"""The performance table's figures by row, as ``performance_rows`` measured them (for the README's line)."""

Cells = list[str]


@dataclass(frozen=True)
class Command:
    """One command a user can type (after ``rnnlab``) and the table rows its result gives: ``measure`` runs it
    and returns the rows' cells, each row's first cell unique in its table. ``cheap``: seconds, not minutes."""

    argv: tuple[str, ...]
    measure: Callable[[tuple[str, ...]], list[Cells]]
    cheap: bool = False

    @property
    def text(self) -> str:
        """The command as the documentation shows it."""
        return " ".join(self.argv) if self.argv[0].endswith(".py") else "rnnlab " + " ".join(self.argv)


@dataclass(frozen=True)
class Table:
    """A table of figures: its marker name, its header (the last column is always the CPU time) and its commands."""

    name: str
    header: tuple[str, ...]
    commands: tuple[Command, ...]
    caption: str = ""


def cli_output(argv: Sequence[str]) -> tuple[int, str, str]:
    """Run ``rnnlab ARGV`` in this process: its exit status, stdout and stderr."""
    from rnnlab.cli import run_cli

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run_cli(list(argv))
    return status, out.getvalue(), err.getvalue()


def cli_metrics(argv: Sequence[str]) -> dict:
    """Run ``rnnlab ARGV --metrics FILE --quiet`` and return the metrics it wrote (a diverged gradient-flow run
    writes them too, and exits 2); a command that wrote none raises."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "metrics.json"
        status, _, err = cli_output([*argv, "--metrics", str(path), "--quiet"])
        if not path.is_file():
            raise RuntimeError(f"rnnlab {' '.join(argv)} exited {status}: {err.strip()}")
        return json.loads(path.read_text(encoding="utf-8"))


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share:.2%}"


def _forecast_cells(key: str, metrics: dict) -> Cells:
    baselines = metrics["baselines"]
    covered = metrics["coverage"]
    n_test = metrics["n_test"]
    inside = "no band" if covered is None else f"{round(covered * n_test)} of {n_test} ({covered:.0%})"
    return [key, f"{metrics['mae']:.3f}", f"{metrics['skill']:+.4f}",
            f"{metrics['dm_statistic']:+.2f} ({p_text(metrics['dm_p_value'])})",
            f"{baselines['drift']['mae']:.3f} ({baselines['drift']['skill']:+.4f})",
            f"{baselines['linear']['mae']:.3f} ({baselines['linear']['skill']:+.4f})", inside,
            f"{metrics['epochs_run']} ({metrics['best_epoch']})"]


def forecast_row(argv: tuple[str, ...]) -> list[Cells]:
    """One forecaster run: MAE, skill and the Diebold-Mariano test against naive, both other baselines, the band's
    coverage, epochs."""
    return [_forecast_cells("`" + " ".join(argv[4:]) + "`", cli_metrics(argv))]


def forecast_seeds(argv: tuple[str, ...]) -> list[Cells]:
    """The defaults over seeds 0-4: one row per seed, then their mean and range."""
    runs = [cli_metrics([*argv, "--seed", str(seed)]) for seed in FORECAST_SEEDS]
    rows = [_forecast_cells(f"`--seed {seed}`", metrics) for seed, metrics in zip(FORECAST_SEEDS, runs, strict=True)]
    skills = [m["skill"] for m in runs]
    maes = [m["mae"] for m in runs]
    rows.append([f"seeds 0-{len(runs) - 1}: mean (range)",
                 f"{statistics.mean(maes):.3f} ({min(maes):.3f} to {max(maes):.3f})",
                 f"{statistics.mean(skills):+.4f} ({min(skills):+.4f} to {max(skills):+.4f}); "
                 f"{sum(s >= 0 for s in skills)} of {len(skills)} seeds >= 0",
                 f"{sum(m['dm_p_value'] < LEVEL and m['dm_statistic'] < 0 for m in runs)} of {len(runs)} seeds beat "
                 f"naive at the {LEVEL:.0%} level", "", "", "", ""])
    return rows


def gradflow_rows(argv: tuple[str, ...]) -> list[Cells]:
    """One gradient-flow run: per cell the final loss, the tail loss (the mean of the last 10% of the steps) and how
    the product norm changes back over the sequence, or the step where the loss stopped being finite."""
    from rnnlab.cli import build_parser
    from rnnlab.cli.gradflow import run_of

    cells = run_of(build_parser().parse_args(list(argv))).cells
    metrics = cli_metrics(argv)
    flags = f"`{' '.join(argv[1:])}`" if argv[1:] else "defaults"
    rows = []
    for cell in cells:
        figures = metrics if len(cells) == 1 else metrics[cell]
        final, tail = figures["final_loss"], figures["tail_loss"]
        rows.append([f"{flags}, {cell.upper()}",
                     f"{final:.4f}" if final is not None else f"not finite at step {figures['diverged_at_step']}",
                     f"{tail:.4f}" if tail is not None else "–", figures["product_change"]])
    return rows


def translator_rows(argv: tuple[str, ...]) -> list[Cells]:
    """Held-out accuracy of both shipped translators on every branch of the rule (benchmarks/translate_accuracy.py)."""
    from benchmarks.translate_accuracy import accuracy_rows
    from rnnlab.engine.runtime import configure_torch
    from rnnlab.engine.translate.pretrained import load_shipped

    configure_torch()
    attention, plain = (accuracy_rows(load_shipped(kind)) for kind in ("additive", "none"))
    rows = []
    for with_attention, without in zip(attention, plain, strict=True):
        cells = [_percent(with_attention.accuracy), _percent(without.accuracy)]
        if with_attention.char_error_rate is not None:
            cells = [f"{cell} (CER {row.char_error_rate:.4f})"
                     for cell, row in zip(cells, (with_attention, without), strict=True)]
        rows.append([with_attention.label, f"{with_attention.words:,}", *cells])
    return rows


def interval_coverage_rows(argv: tuple[str, ...]) -> list[Cells]:
    """The 90% band's coverage by the adaptive and the split method per series, then their mean and minimum
    (benchmarks/interval_coverage.py, two worker processes)."""
    from benchmarks.interval_coverage import coverage_table

    table = coverage_table(workers=2)
    rows = [[name, f"{adaptive:.1%}", f"{split:.1%}"] for name, (adaptive, split) in table.items()]
    for label, pick in (("mean", statistics.mean), ("min", min)):
        rows.append([f"**{label}**", *(f"{pick(shares[i] for shares in table.values()):.1%}" for i in (0, 1))])
    return rows


DIAGNOSE_LENGTHS = ("1-5", "6-8", "9-11", "12+")
"""The Pig Latin diagnosis's source-length buckets (``engine.translate.diagnosis.PIG_LATIN_BUCKETS``)."""


def diagnosis_rows(argv: tuple[str, ...]) -> list[Cells]:
    """``rnnlab diagnose``: exact accuracy free running and teacher forced, characters right both ways, the
    recovery after the first mistake both ways (and free allowing for shifts), exact accuracy by source length."""
    metrics = cli_metrics(argv)
    lengths = {f"{b['min_length']}-{b['max_length']}" if b["max_length"] else f"{b['min_length']}+": b["exact_free"]
               for b in metrics["by_length"]}
    return [[f"`{' '.join(argv[1:])}`", f"{metrics['pairs_used']:,}",
             f"{_percent(metrics['exact_free'])} / {_percent(metrics['exact_teacher_forced'])}",
             f"{_percent(metrics['char_accuracy_free'])} / {_percent(metrics['char_accuracy_teacher_forced'])}",
             f"{_percent(metrics['recovery_free'])} ({_percent(metrics['recovery_free_edit'])}) / "
             f"{_percent(metrics['recovery_teacher_forced'])} (n = {metrics['recovery_words']:,})",
             " / ".join(f"{lengths[label]:.1%}" for label in DIAGNOSE_LENGTHS)]]


SCHEDULED_SAMPLING_SWEEP = ("sweep", "translator", "--attention", "none", "--epochs", "4", "--batch-size", "128",
                            "--weight-average", "off",
                            "--vary", "scheduled-sampling=off,inverse-sigmoid", "--seeds", "3")
SCHEDULED_SAMPLING_METRICS = (("exact", "exact"), ("exact_length_q1", "1-5"), ("exact_length_q2", "6-8"),
                              ("exact_length_q3", "9-11"), ("exact_length_q4", "12+"),
                              ("recovery_free", "recovery free"),
                              ("recovery_teacher_forced", "recovery teacher forced"))


def scheduled_sampling_rows(argv: tuple[str, ...]) -> list[Cells]:
    """The plain model trained with and without scheduled sampling on the same seeds: per configuration each metric's
    mean with its 95% CI, then the paired difference (sampled minus teacher forced) with its CI and p-value."""
    results = swept(argv)
    rows: dict[str, Cells] = {}
    for metric, _label in SCHEDULED_SAMPLING_METRICS:
        for s in results.summaries(metric):
            row = rows.setdefault(f"`{s.configuration.label}`", [f"`{s.configuration.label}`"])
            row.append("–" if s.summary is None else
                       f"{s.summary.mean:.2%} {_percent_interval(s.summary.low, s.summary.high)}")
        for c in results.comparisons(metric):
            row = rows.setdefault(f"paired: `{c.label}`", [f"paired: `{c.label}`"])
            row.append(f"{100 * c.test.mean_difference:+.2f} pt {_points_interval(c.test.low, c.test.high)}, "
                       f"{p_text(c.test.p)}")
    n = min((s.summary.n for s in results.summaries("exact") if s.summary is not None), default=0)
    return [[*cells, f"n = {n}"] for cells in rows.values()]


def _percent_interval(low: float | None, high: float | None) -> str:
    return "" if low is None or high is None else f"[{low:.1%}, {high:.1%}]"


def _points_interval(low: float | None, high: float | None) -> str:
    return "" if low is None or high is None else f"[{100 * low:+.2f}, {100 * high:+.2f}]"


def performance_rows(argv: tuple[str, ...]) -> list[Cells]:
    """``benchmarks/run_all.py``'s table: each speed figure with its goal and how it was measured, and the machine
    with its load average before and after (the figures are side by side only within one run)."""
    sys.path.insert(0, str(ROOT))
    from benchmarks import run_all

    before = os.getloadavg()[0]
    rows = run_all.figures(quick="--quick" in argv, translator="--no-translator" not in argv)
    SPEED.update({row.name: row.value for row in rows})
    machine_row = ["machine", f"{run_all.machine()}; load average {before:.2f} before, {os.getloadavg()[0]:.2f} after",
                   "", ""]
    return [*(row.cells() for row in rows), machine_row]


def performance_line(speed: dict[str, str]) -> str:
    """The README's line: the documentation entry with the headline figures of the last ``performance`` run."""
    picks = ("forecaster epoch, in-process", "first paint", "bundle size", "gradient-flow probes' cost (defaults)")
    figures = "; ".join(f"{name} {speed[name]}" for name in picks if name in speed)
    return (f"- [Performance and figures](docs/performance.md): how the tables of figures are generated, speed "
            f"(`python benchmarks/run_all.py`: {figures}), responsiveness, start-up, bundle size\n")


CHART_OF = {"forecast": "experiment-cells.svg"}
"""The chart drawn for a sweep of a lab, by lab."""
TAB_DEFAULT_SWEEP = ("sweep", "gradflow", "--vary", "cell=rnn,lstm", "--seeds", "3", "--length", "50", "--steps", "500")
"""The Experiments tab's default experiment as a command (a GUI test checks that they are the same experiment)."""


def swept(argv: tuple[str, ...]) -> Any:
    """The results of ``rnnlab ARGV`` (a sweep), run into a store of its own."""
    from rnnlab.engine.experiments.results import ExperimentResults
    from rnnlab.engine.experiments.store import RunStore

    with tempfile.TemporaryDirectory() as folder:
        store = RunStore(Path(folder) / "runs.sqlite3")
        status, _, err = cli_output([*argv, "--store", str(store.path), "--quiet"])
        if status != 0:
            raise RuntimeError(f"rnnlab {' '.join(argv)} exited {status}: {err.strip()}")
        (stored,) = [listing.stored for listing in store.experiments()]
        return ExperimentResults(stored, store.runs(stored.id))


def sweep_rows(argv: tuple[str, ...]) -> list[Cells]:
    """An experiment's summary of its lab's headline metric: each configuration's mean, 95% CI, sd and n, then the
    paired tests; its chart (as the report draws it) is kept for ``docs/experiment-cells.svg``."""
    return experiment_rows(swept(argv), CHART_OF.get(argv[1]))


MEMORY_HORIZON_SWEEP = ("sweep", "gradflow", "--preset", "memory-horizon")
MEMORY_HORIZON_CHART = "memory-horizon.svg"


def memory_horizon_rows(argv: tuple[str, ...]) -> list[Cells]:
    """The memory-horizon experiment: per cell its horizon and the seeds that solved the task at each T."""
    return horizon_rows(swept(argv))


def horizon_rows(results: Any) -> list[Cells]:
    """The rows of an experiment's horizon table (``horizon_table``); its share chart, as the report draws it, is
    kept for ``docs/memory-horizon.svg``."""
    from rnnlab.engine.experiments.horizon import horizon_table
    from rnnlab.engine.report.experiment_report import metric_chart

    CHARTS[ROOT / "docs" / MEMORY_HORIZON_CHART] = metric_chart(results, results.experiment.horizon.metric).svg()
    _, rows = horizon_table(results)
    return [[f"`{row[0]}`", *row[1:-1], f"n = {row[-1]} seeds"] for row in rows]


def _horizon_header() -> tuple[str, ...]:
    from rnnlab.engine.experiments.presets import MEMORY_HORIZON

    lengths = MEMORY_HORIZON.vary[0].partition("=")[2].split(",")
    return ("cell", "horizon: the largest T that at least 2 of 3 seeds solve",
            *(f"T = {length}" for length in lengths), "n")


def experiment_rows(results: Any, chart: str | None) -> list[Cells]:
    """The rows of an experiment's table (see ``sweep_rows``); its chart is kept for ``docs/CHART`` if named."""
    from rnnlab.engine.experiments.summary import interval_text, number, seeds_text
    from rnnlab.engine.labs import lab_named
    from rnnlab.engine.report.experiment_report import metric_chart

    metric = lab_named(results.experiment.lab).headline_metric
    if chart is not None:
        CHARTS[ROOT / "docs" / chart] = metric_chart(results, metric).svg()
    rows = [[f"`{s.configuration.label}`", number(s.summary.mean), interval_text(s.summary.low, s.summary.high),
             number(s.summary.sd), seeds_text(s.summary.n), ""]
            for s in results.summaries(metric) if s.summary is not None]
    rows += [[f"paired: `{c.label}`", number(c.test.mean_difference), interval_text(c.test.low, c.test.high), "",
              seeds_text(c.test.n), p_text(c.test.p)] for c in results.comparisons(metric)]
    return rows


FORECAST = ("forecast", TRAIN_CSV, "--test-csv", TEST_CSV)

TABLES: tuple[Table, ...] = (
    Table(
        name="gradflow",
        caption="`rnnlab gradflow` with the flags of the first column (seed 0); ‖∂c_{T−1}/∂c_t‖ at the last probe",
        header=("flags, cell", "final loss", "tail loss (mean of the last 10% of the steps)",
                "‖∂c_{T−1}/∂c_t‖ from t = T−1 back to 0"),
        commands=(
            Command(("gradflow",), gradflow_rows),
            Command(("gradflow", "--compare"), gradflow_rows),
            Command(("gradflow", "--preset", "adding-lstm"), gradflow_rows),
            Command(("gradflow", "--preset", "irnn-adding"), gradflow_rows),
            Command(("gradflow", "--preset", "exploding"), gradflow_rows, cheap=True),
            Command(("gradflow", "--preset", "exploding-clipped"), gradflow_rows, cheap=True),
        )),
    Table(
        name="forecast-google",
        caption=f"`rnnlab forecast {TRAIN_CSV} --test-csv {TEST_CSV}` with the flags of the first column",
        header=("flags", "MAE", "skill vs naive", "Diebold-Mariano vs naive", "drift MAE (skill)", "linear MAE (skill)",
                "inside the 90% band", "epochs (best)"),
        commands=(
            Command(FORECAST, forecast_seeds),
            Command((*FORECAST, "--target", "value", "--epochs", "100", "--seed", "0"), forecast_row),
        )),
    Table(
        name="interval-coverage",
        caption="`python benchmarks/interval_coverage.py`: the share of the test period (the last 20% of 1,000 "
                "days; 252 of the Google file's 1,258) inside the default 90% band, from one small fast model per "
                "series (window 10, 1 x RNN(8), 3 epochs)",
        header=("series", "adaptive (default)", "split"),
        commands=(Command(("benchmarks/interval_coverage.py",), interval_coverage_rows),)),
    Table(
        name="translator-branches",
        caption="`python benchmarks/translate_accuracy.py`: the shipped models on words they never trained on",
        header=("held-out words", "count", "attention (`translator_attention.pt`)",
                "no attention (`translator_plain.pt`)"),
        commands=(Command(("benchmarks/translate_accuracy.py",), translator_rows, cheap=True),)),
    Table(
        name="translator-diagnosis",
        caption="`rnnlab diagnose` with the flags of the first column: the shipped models on the 2,000 held-out "
                "words, free running / teacher forced; recovery: the positions right after the first mistake, "
                "averaged over the wrong words (free allowing for shifts in brackets); exact by source length "
                f"{' / '.join(DIAGNOSE_LENGTHS)} letters",
        header=("flags", "pairs", "exact free / teacher forced", "characters free / teacher forced",
                "recovery free (shift-tolerant) / teacher forced", "exact by length"),
        commands=(Command(("diagnose", "--attention", "none"), diagnosis_rows, cheap=True),
                  Command(("diagnose", "--attention", "additive"), diagnosis_rows, cheap=True))),
    Table(
        name="scheduled-sampling",
        caption=f"`rnnlab {' '.join(SCHEDULED_SAMPLING_SWEEP)}`: the model without attention trained with teacher "
                "forcing and with scheduled sampling (inverse sigmoid, k = 300 steps), seeds 0-2, the default "
                "budget before issue 30 (4 epochs of 128 words a batch, the weights as trained); mean [95% CI] over "
                "the seeds on the 2,000 held-out words, then the paired difference (percentage points) with its 95% CI "
                "and paired t-test",
        header=("configuration", *(label for _m, label in SCHEDULED_SAMPLING_METRICS), "n"),
        commands=(Command(SCHEDULED_SAMPLING_SWEEP, scheduled_sampling_rows),)),
    Table(
        name="experiment-cells",
        caption=(f"`rnnlab sweep forecast {TRAIN_CSV} --test-csv {TEST_CSV} --vary cell=rnn,lstm,gru --seeds 5`: "
                 "skill against naive (above 0: better than tomorrow = today); the paired rows are differences of "
                 "skill on the same seeds"),
        header=("configuration", "skill: mean (or difference)", "95% CI", "sd", "n", "paired t-test"),
        commands=(Command(("sweep", "forecast", TRAIN_CSV, "--test-csv", TEST_CSV, "--vary", "cell=rnn,lstm,gru",
                           "--seeds", "5"), sweep_rows),)),
    Table(
        name="experiment-tab-default",
        caption=f"The Experiments tab's default, `rnnlab {' '.join(TAB_DEFAULT_SWEEP)}`: the tail loss (the mean "
                "loss over the last 10% of the steps; chance is about 0.17) of each cell on the adding problem",
        header=("configuration", "tail loss: mean (or difference)", "95% CI", "sd", "n", "paired t-test"),
        commands=(Command(TAB_DEFAULT_SWEEP, sweep_rows),)),
    Table(
        name="memory-horizon",
        caption=f"`rnnlab {' '.join(MEMORY_HORIZON_SWEEP)}`: the seeds (of 3) whose tail loss ends below a tenth "
                "of chance (`solved`) at each sequence length T of the adding problem, 1,000 steps of Adam",
        header=_horizon_header(),
        commands=(Command(MEMORY_HORIZON_SWEEP, memory_horizon_rows),)),
    Table(
        name="performance",
        caption="`python benchmarks/run_all.py`: the speed figures of issue 30, ratios measured side by side",
        header=("figure", "measured", "goal", "how (benchmark, rounds)"),
        commands=(Command(("benchmarks/run_all.py",), performance_rows),)),
)


def render_row(cells: Cells, seconds: str) -> str:
    """A markdown table row; the CPU seconds are its last cell."""
    return "| " + " | ".join([*cells, seconds]) + " |"


def row_key(line: str) -> str:
    """The first cell of a markdown table row."""
    return line.split("|")[1].strip()


def figures_of(line: str) -> str:
    """A row without its CPU time, the one cell that differs from run to run."""
    return line.rstrip().rstrip("|").rsplit("|", 1)[0]


def run_command(command: Command) -> dict[str, str]:
    """Run one command: its rows' lines by key, the first row carrying the command's CPU seconds."""
    started = cpu_seconds()
    rows = command.measure(command.argv)
    seconds = f"{cpu_seconds() - started:.0f}"
    print(f"{command.text}: {len(rows)} rows, {seconds} s of CPU", file=sys.stderr)
    return {cells[0]: render_row(cells, seconds if index == 0 else "") for index, cells in enumerate(rows)}


def cpu_seconds() -> float:
    """CPU seconds of this process and of its child processes, ended or alive (a sweep's job processes stay warm
    between commands; Linux tells their time through /proc, elsewhere only ended children count)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system + _live_children_seconds()


def _live_children_seconds() -> float:
    """CPU seconds of this process's live children and of their ended children (``/proc/PID/stat``)."""
    total = 0.0
    for children in Path("/proc/self/task").glob("*/children"):
        for pid in children.read_text().split():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            total += sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return total


def measure(table: Table, cheap_only: bool) -> dict[str, str]:
    """Run the table's commands (only the cheap ones with ``cheap_only``): each row's line by its key."""
    lines: dict[str, str] = {}
    for command in table.commands:
        if command.cheap or not cheap_only:
            lines.update(run_command(command))
    return lines


def render_table(table: Table, rows: dict[str, str], previous: dict[str, str]) -> str:
    """The block between the table's markers: caption, header and rows, new rows replacing the previous ones of the
    same key and the previous ones kept where no command ran."""
    merged = {**previous, **rows}
    header = (*table.header, "CPU s")
    lines = [table.caption, "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += [merged[key] for key in merged]
    return "\n".join(lines) + "\n"


def machine() -> str:
    """The processor and the numerical libraries: the figures are compared only where these are the same."""
    return (f"CPU {cpu_model()} ({os.cpu_count()} cores), torch {metadata.version('torch')}, "
            f"numpy {metadata.version('numpy')}")


def machine_block() -> str:
    """The text of the ``machine`` block: when, and on what, the figures were measured."""
    return (f"Figures generated by `python scripts/readme_figures.py` on {date.today().isoformat()}: {machine()}, "
            f"Python {platform.python_version()}, {platform.system()}.\n")


def cpu_model() -> str:
    """The processor's model name (Linux reads /proc/cpuinfo; elsewhere what ``platform`` says)."""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or platform.machine()


def blocks(text: str) -> dict[str, str]:
    """Every marked block of ``text`` by name."""
    return {m.group(1): m.group(2) for m in re.finditer(r"<!-- figures:([\w-]+) -->\n(.*?)<!-- /figures:\1 -->",
                                                         text, re.S)}


def read_files(files: Sequence[Path] = FILES) -> dict[Path, str]:
    """The text of each owned file."""
    return {path: path.read_text(encoding="utf-8") for path in files}


def block_homes(texts: dict[Path, str]) -> dict[str, Path]:
    """The file that holds each block; a block marked in two files is an error (which one would be the figures?)."""
    homes: dict[str, Path] = {}
    for path, text in texts.items():
        for name in blocks(text):
            if name in homes:
                raise SystemExit(f"<!-- figures:{name} --> is marked in both {homes[name].name} and {path.name}")
            homes[name] = path
    return homes


def all_blocks(texts: dict[Path, str]) -> dict[str, str]:
    """Every marked block of the files by name."""
    block_homes(texts)
    return {name: body for text in texts.values() for name, body in blocks(text).items()}


def table_rows(block: str) -> dict[str, str]:
    """The body rows of a block's table by key (the header and its rule left out)."""
    lines = [line for line in block.splitlines() if line.startswith("| ")]
    return {row_key(line): line for line in lines[1:]}


def _figures(block: str) -> list[str]:
    return [figures_of(line) for line in table_rows(block).values()]


def replace_block(text: str, name: str, body: str) -> str:
    """``text`` with block ``name``'s content replaced; a block missing from it is an error."""
    pattern = re.compile(rf"(<!-- figures:{name} -->\n).*?(<!-- /figures:{name} -->)", re.S)
    if not pattern.search(text):
        raise SystemExit(f"no <!-- figures:{name} --> block")
    return pattern.sub(lambda m: m.group(1) + body + m.group(2), text)


def replace_blocks(texts: dict[Path, str], bodies: dict[str, str]) -> dict[Path, str]:
    """The files' texts with each named block replaced in the file that holds it; a block in none is an error."""
    homes = block_homes(texts)
    updated = dict(texts)
    for name, body in bodies.items():
        if name not in homes:
            raise SystemExit(f"none of {', '.join(p.name for p in texts)} has a <!-- figures:{name} --> block")
        updated[homes[name]] = replace_block(updated[homes[name]], name, body)
    return updated


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cheap", action="store_true", help="only the rows that take seconds")
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 where a file differs")
    parser.add_argument("--table", choices=[table.name for table in TABLES], action="append",
                        help="only this table (repeat for more; default: all)")
    args = parser.parse_args(argv)
    tables = [table for table in TABLES if args.table is None or table.name in args.table]
    texts = read_files()
    current = all_blocks(texts)
    if args.cheap and machine() not in current.get("machine", ""):
        raise SystemExit(f"--cheap keeps the other rows, measured on another machine "
                         f"({current.get('machine', '').strip()}); this is {machine()}: run every row instead")
    bodies = {table.name: render_table(table, measure(table, args.cheap), table_rows(current.get(table.name, "")))
              for table in tables}
    if not args.cheap:
        bodies["machine"] = machine_block()
    if SPEED:
        bodies[PERFORMANCE_LINE] = performance_line(SPEED)
    updated = replace_blocks(texts, bodies)
    if args.check:
        rewritten = all_blocks(updated)
        stale = [t.name for t in tables if _figures(current.get(t.name, "")) != _figures(rewritten[t.name])]
        print("The figures are up to date" if not stale else f"The figures differ in: {', '.join(stale)}")
        return 1 if stale else 0
    for path, chart in CHARTS.items():
        with atomic_path(path) as tmp:
            tmp.write_text(chart, encoding="utf-8")
    # The files as they are now (a run takes minutes, and another may have rewritten other blocks meanwhile), with
    # this run's blocks replaced.
    fresh = read_files()
    for path, text in replace_blocks(fresh, bodies).items():
        if text != fresh[path]:
            with atomic_path(path) as tmp:
                tmp.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
