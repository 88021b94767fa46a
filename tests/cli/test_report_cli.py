"""``--report FILE.html`` on gradflow, forecast and train-translator: a self-contained file with the run's figures
and exactly the metric lines the command printed."""

import html
import re
import shlex

import numpy as np
import pytest

from rnnlab.cli import run_cli
from rnnlab.engine.resources import resource_path
from tests.engine.report.self_contained import assert_self_contained, assert_states_metrics


def _run(capsys, argv: list[str], report) -> tuple[str, str]:
    assert run_cli(argv + ["--report", str(report)]) == 0
    captured = capsys.readouterr()
    said = f"report written to {report}" in captured.err
    assert said != ("--quiet" in argv), "the file written is said on stderr, except with --quiet"
    return captured.out, report.read_text(encoding="utf-8")


def test_gradflow_compare_report_has_every_plot_formula_and_printed_line(tmp_path, capsys):
    out, text = _run(capsys, ["gradflow", "--compare", "--length", "12", "--hidden", "6", "--steps", "6",
                              "--batch-size", "4", "--probe-every", "2", "--seed", "5", "--quiet"], tmp_path / "g.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert len(out.strip().splitlines()) == 4
    assert out.count("||dc_{T-1}/dc_t|| ") == 3 and text.count("||dc_{T-1}/dc_t|| ") == 3
    titles = " | ".join(parsed.figure_titles)
    for title in ("Local", "Product", "Gradient", "LSTM terms", "LSTM forget-gate values", "Loss",
                  "of the RNN over training", "of the LSTM over training", "of the GRU over training",
                  "Eigenvalues of Wrec"):
        assert title in titles
    assert text.count('href="data:image/png;base64,') == 6  # three heatmaps, each with its colour bar
    assert "A<sub>t</sub> = diag(c<sub>t−1</sub>" in text and "diag(act′(z<sub>t</sub>)) W<sub>rec</sub>" in text
    assert "<td>Seed</td><td>5</td>" in text
    assert ("<td>Compare cells</td><td>on: RNN, LSTM and GRU (--export writes the --cell cell, lstm)</td>"
            "<td>--compare</td><td>off</td>") in text
    assert re.search(r"<td>Device</td><td>\w+ \(auto\)", text), "the device auto picked"
    assert ('<pre class="command">rnnlab gradflow --compare --length 12 --hidden 6 --steps 6 --batch-size 4 '
            '--probe-every 2 --seed 5</pre>') in text
    assert "RNN bound γ_t‖W_rec‖₂</text>" in text and "LSTM max f_t</text>" in text
    assert "Spectral radius ρ = " in text


def test_gradflow_preset_report_names_the_preset_and_the_flags_that_changed_it(tmp_path, capsys):
    _out, text = _run(capsys, ["gradflow", "--preset", "exploding-clipped", "--steps", "2", "--length", "10",
                               "--quiet"], tmp_path / "p.html")
    assert ("<td>Preset</td><td>exploding-clipped: Exploding gradients tamed by clipping (Pascanu, Mikolov &amp; "
            "Bengio 2013)</td><td>--preset</td><td>—</td>") in text
    assert "<th>Value of the preset exploding-clipped</th>" in text
    assert '<tr class="changed"><td>Training steps</td><td>2</td><td>--steps</td><td>1000</td>' in text
    assert "<td>Cell</td><td>rnn</td>" in text and "<td>Compare cells</td><td>off</td>" in text
    assert '<pre class="command">rnnlab gradflow --preset exploding-clipped --length 10 --steps 2</pre>' in text


def test_gradflow_rnn_report_says_the_lstm_panels_do_not_apply(tmp_path, capsys):
    out, text = _run(capsys, ["gradflow", "--cell", "rnn", "--length", "10", "--hidden", "4", "--steps", "2",
                              "--batch-size", "2", "--quiet"], tmp_path / "r.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert "LSTM terms" not in parsed.figure_titles and "this run trained no LSTM" in text


def test_forecast_report_states_provenance_settings_and_the_printed_metrics(tmp_path, capsys):
    train, test = (resource_path("stock", f"Google_Stock_Price_{part}.csv") for part in ("Train", "Test"))
    out, text = _run(capsys, ["forecast", str(train), "--test-csv", str(test), "--window", "10", "--layers", "1",
                              "--units", "4", "--epochs", "2"], tmp_path / "f.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    for fact in ("Google_Stock_Price_Train.csv", "Google_Stock_Price_Test.csv", "<td class=\"num\">1258</td>",
                 "2012-01-03 to 2016-12-30", "2017-01-03 to 2017-01-31", "<td>Window</td><td>10</td>"):
        assert fact in text
    assert parsed.figure_titles == ["Open: the test period", "Open: the whole series", "Loss curves"]
    for baseline in ("<td>Naive (tomorrow = today)</td>", "<td>Drift</td>", "<td>Linear (ridge on the window)</td>"):
        assert baseline in text
    assert "90% prediction band</text>" in text and "<polygon" in text, "the band is drawn and named in the legend"
    assert text.count("<svg") == 3
    assert (f'<pre class="command">rnnlab forecast {train} --test-csv {test} --window 10 --layers 1 --units 4 '
            "--epochs 2</pre>") in text
    assert re.search(r"<tr><td>MAPE</td><td>\d+(\.\d+)?%</td><td>\d+(\.\d+)?%</td></tr>", text), "MAPE in percent"
    assert re.search(r"<tr><td>Model</td>(<td>[^<]*</td>){2}<td>[+-]\d\.\d{4}</td>"
                     r"<td>[+-]\d+\.\d\d \(p [=&][^<]*\)</td></tr>", text), \
        "skill to 4 places, then the Diebold-Mariano statistic and its p-value"


@pytest.mark.parametrize("attention, alignments", [("additive", 3), ("none", 0)])
def test_translator_report_has_curves_alignments_and_the_printed_lines(tmp_path, capsys, attention, alignments):
    out, text = _run(capsys, ["train-translator", "--attention", attention, "--epochs", "1", "--train-words", "200",
                              "--held-out-words", "20", "--hidden-size", "8", "--embedding-size", "4", "--seed", "1"],
                     tmp_path / "t.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert parsed.figure_titles[:2] == ["Training loss", "Held-out accuracy"]
    assert sum(title.startswith("Alignment of") for title in parsed.figure_titles) == alignments
    assert ("No alignment matrix" in text) == (alignments == 0)


def test_forecast_report_escapes_the_file_name_and_counts_rows_without_dates(tmp_path, capsys):
    rng = np.random.default_rng(0)
    prices = 100 + np.cumsum(rng.normal(0, 1, 120))
    data = tmp_path / "R&D 'prices'.csv"
    data.write_text("Close\n" + "".join(f"{p:.2f}\n" for p in prices), encoding="utf-8")
    out, text = _run(capsys, ["forecast", str(data), "--window", "5", "--layers", "1", "--units", "4", "--epochs", "1",
                              "--quiet"], tmp_path / "nd.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert "R&amp;D &#x27;prices&#x27;.csv" in text and "R&D" not in text
    assert "<td>rows 0 to 119</td>" in text


MARKUP = "</svg><script>x</script>"


def _svgs(text: str) -> list[str]:
    return re.findall(r"<svg.*?</svg>", text, flags=re.S)


def test_forecast_report_keeps_markup_in_a_file_and_column_name_as_text(tmp_path, capsys):
    rng = np.random.default_rng(1)
    prices = 100 + np.cumsum(rng.normal(0, 1, 120))
    data = tmp_path / "<b>BOLD<i> & co.csv"
    column = f"Close{MARKUP}USD"
    data.write_text(f'"{column}"\n' + "".join(f"{p:.2f}\n" for p in prices), encoding="utf-8")
    out, text = _run(capsys, ["forecast", str(data), "--column", column, "--window", "5", "--layers", "1",
                              "--units", "4", "--epochs", "1", "--quiet"], tmp_path / "m.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert "<b>" not in text and "<script" not in text and "</svg><" not in text.replace("</svg><figcaption", "")
    assert len(_svgs(text)) == parsed.tags.count("svg") == 3, "each figure is one whole SVG element"
    escaped = "&lt;/svg&gt;&lt;script&gt;x&lt;/script&gt;"
    assert sum(escaped in svg for svg in _svgs(text)) == 2, "the price charts' y label"
    command = html.unescape(text.split('<pre class="command">')[1].split("</pre>")[0])
    assert shlex.split(command)[2:4] == [str(data), "--column"] and shlex.split(command)[4] == column


def test_translator_report_keeps_markup_in_sources_titles_and_file_names_as_text(tmp_path, capsys):
    pairs = tmp_path / "<svg onload=alert(1)>.tsv"
    pairs.write_text("".join(f"</svg><script>{n}</script>\t{n}<&>\n" for n in range(400)), encoding="utf-8")
    out, text = _run(capsys, ["train-translator", "--pairs", str(pairs), "--title", MARKUP, "--epochs", "1",
                              "--hidden-size", "8", "--embedding-size", "4", "--seed", "1"], tmp_path / "t.html")
    parsed = assert_self_contained(text)
    assert_states_metrics(parsed, out)
    assert "<script" not in text and "<svg onload" not in text
    alignments = [title for title in parsed.figure_titles if title.startswith("Alignment of")]
    assert len(alignments) == 3 and all(title.startswith("Alignment of '</svg><script>") for title in alignments)
    matrices = [svg for svg in _svgs(text) if 'class="matrix"' in svg]
    assert len(matrices) == 3 == parsed.tags.count("svg") - 2, "each alignment is one whole SVG element"
    assert all('font-size="13">&lt;</text>' in svg for svg in matrices), "the source's '<' as a column label"
    assert f"<title>Translator: {html.escape(MARKUP)}, additive attention</title>" in text
    command = html.unescape(text.split('<pre class="command">')[1].split("</pre>")[0])
    assert shlex.split(command)[2:6] == ["--pairs", str(pairs), "--title", MARKUP]


@pytest.mark.parametrize("command", [["gradflow", "--steps", "1"], ["forecast", "TRAIN.csv"],
                                     ["train-translator", "--epochs", "1"]])
def test_a_report_folder_that_does_not_exist_is_refused_before_the_run(tmp_path, capsys, command):
    target = tmp_path / "missing" / "report.html"
    assert run_cli(command + ["--report", str(target)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].endswith(f"Cannot write {target} (--report): its folder does not exist.")
