"""The figures: readable ticks (never a repeated label), gaps for non-finite points, a valid PNG, escaped labels."""

import re
import struct
import zlib

import numpy as np

from rnnlab.engine.report import ticks
from rnnlab.engine.report.line_chart import MAX_POINTS, LineChart
from rnnlab.engine.report.matrix_figures import INFINITE_RGB, ZERO_RGB, colour_map, heatmap_svg, matrix_svg, png_bytes


def test_log_ticks_label_decades_as_powers_of_ten_and_never_repeat():
    for low, high in [(-160.0, 0.0), (-12.3, -0.4), (-2.5, 0.2), (-1.2, 0.4), (-0.05, 0.05), (2.1, 2.3)]:
        positions, labels = ticks.log_ticks(low, high)
        assert len(labels) >= 2 and len(set(labels)) == len(labels), (low, high, labels)
        assert all(low - 1e-9 <= p <= high + 1e-9 for p in positions)
    assert ticks.log_ticks(-40.0, 0.0)[1][0] == "10⁻⁴⁰"
    assert ticks.log_ticks(-1.4, 0.05)[1] == ["0.05", "0.1", "0.2", "0.5", "1"]
    assert ticks.log_ticks(-7.3, -5.1, 2)[1] == ["10⁻⁷", "10⁻⁶"], "too many 1-2-5 ticks for the room: decades"
    assert ticks.log_ticks(1.5, 2.7)[1] == ["50", "100", "200", "500"]
    zoomed = ticks.log_ticks(0.0, 1e-6)[1]
    assert len(zoomed) >= 3 and len(set(zoomed)) == len(zoomed), zoomed


def test_close_values_get_enough_digits():
    labels = ticks.distinct_labels(list(np.log10([1.1, 1.0, 1.01, 0.99, 0.98])))
    assert labels == ["1.1", "1", "1.01", "0.99", "0.98"]


def _date_labels(first: str, last: str) -> list[str]:
    return ticks.date_ticks(*ticks.dates_as_days(np.array([first, last], dtype="datetime64[s]")))[1]


def test_linear_and_date_ticks():
    assert ticks.linear_ticks(0, 1)[1] == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]
    assert _date_labels("2017-01-03", "2017-01-31") == ["Jan 9, 2017", "Jan 16", "Jan 23", "Jan 30"], "Mondays"
    assert _date_labels("2017-01-03", "2017-02-28") == ["Jan 16, 2017", "Jan 30", "Feb 13", "Feb 27"]
    assert _date_labels("2012-01-03", "2016-12-30") == ["2013", "2014", "2015", "2016"]
    assert _date_labels("2016-06-03", "2017-02-28") == ["Jul 2016", "Sep", "Nov", "Jan 2017"]
    assert _date_labels("2017-01-03T09:00", "2017-01-03T16:00") == ["Jan 3, 2017 10:00", "12:00", "14:00", "16:00"]


def test_date_axes_get_neither_one_tick_nor_a_crowd():
    start = np.datetime64("2011-03-07T00:00", "s")
    for span_days in (0.02, 0.3, 2, 5, 12, 20, 28, 45, 90, 200, 400, 700, 1100, 1826, 3000, 9000, 40000):
        days = ticks.dates_as_days(np.array([start, start + np.timedelta64(int(span_days * 86400), "s")]))
        positions, labels = ticks.date_ticks(*days)
        assert 2 <= len(labels) <= 6, (span_days, labels)
        assert span_days < 3 or len(set(labels)) == len(labels), "only times of day repeat (12:00 on two days)"
        assert all(days[0] <= p <= days[1] for p in positions) and positions == sorted(positions)


def test_non_finite_points_break_the_line_and_long_lines_are_thinned():
    svg = LineChart("t", "norm", y_scale="log10").line([0, 1, 2, 3, 4], [0, -1, -np.inf, -3, -4], "a", "#000").svg()
    assert svg.count("<polyline") == 2
    x = np.arange(100_000)
    svg = LineChart("step", "loss", y_scale="log").line(x, 1.0 / (1 + x), "loss", "#000").svg()
    points = svg.split('<polyline points="')[1].split('"')[0].split()
    assert len(points) <= MAX_POINTS


def _png_pixels(data: bytes) -> tuple[int, int, bytes]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    offset, chunks = 8, {}
    while offset < len(data):
        (length,) = struct.unpack(">I", data[offset:offset + 4])
        kind, body = data[offset + 4:offset + 8], data[offset + 8:offset + 8 + length]
        (crc,) = struct.unpack(">I", data[offset + 8 + length:offset + 12 + length])
        assert crc == zlib.crc32(kind + body) & 0xFFFFFFFF
        chunks[kind] = body
        offset += 12 + length
    width, height = struct.unpack(">II", chunks[b"IHDR"][:8])
    return width, height, zlib.decompress(chunks[b"IDAT"])


def test_png_encoder_writes_the_pixels_it_was_given():
    image = np.arange(2 * 3 * 3, dtype=np.uint8).reshape(2, 3, 3)
    width, height, raw = _png_pixels(png_bytes(image))
    assert (width, height) == (3, 2)
    assert raw == b"\x00" + image[0].tobytes() + b"\x00" + image[1].tobytes()


def test_heatmap_embeds_its_image_and_matrix_escapes_its_labels():
    image = np.array([[0.0, -1.0, np.nan], [-2.0, -3.0, -4.0]])
    svg = heatmap_svg(image, "timestep t", "training step", (0, 10), "log10")
    assert svg.count('href="data:image/png;base64,') == 2
    svg = matrix_svg(np.eye(2), ["a", "</s>"], ["x", "y"], "source", "output")
    assert "&lt;/s&gt;" in svg and "</s>" not in svg.replace("</svg>", "")


def test_a_lone_point_is_drawn_as_a_dot_and_a_fixed_range_is_kept():
    svg = LineChart("epoch", "accuracy (%)", y_range=(0.0, 100.0)).line([1.0], [42.0], "accuracy", "#000").svg()
    assert svg.count("<circle") == 1
    assert ">100<" in svg and ">0<" in svg


def test_points_are_dots_inside_a_fixed_square_range():
    chart = LineChart("re", "im", width=400, height=400, x_range=(-2, 2), y_range=(-2, 2))
    svg = chart.points([0.5, -0.5, 9.0], [0.0, 0.5, np.nan], "eigenvalues", "#d62728").svg()
    assert svg.count("<circle") == 1 + 2  # the legend's dot and the two finite points


def test_points_off_the_plot_are_marked_on_its_edge_and_named_under_it():
    svg = LineChart("training step", "loss (log)", y_scale="log").line([1, 2, 3, 4], [1.0, 10.0, 1e30, np.inf], "RNN",
                                                                        "#d62728").svg()
    assert svg.count('<path d="M') == 1 and "▲ RNN: infinite at training step 4</text>" in svg
    svg = LineChart("timestep t", "norm (log)", y_scale="log10").line([0, 1, 2], [-np.inf, -np.inf, 0.0], "RNN",
                                                                       "#d62728").svg()
    assert svg.count('<path d="M') == 2 and "▼ RNN: exactly 0 at timestep t 0 to 1 (2 points)</text>" in svg
    svg = LineChart("epoch", "accuracy", y_range=(0.0, 100.0)).line([1, 2], [50.0, 140.0], "held-out", "#000").svg()
    assert "▲ held-out: above the axis at epoch 2</text>" in svg
    plain = LineChart("t", "y").line([0, 1], [0.0, 1.0], "a", "#000").svg()
    assert '<path d="M' not in plain and "fill=\"#7a4b00\"" not in plain


def test_no_line_hides_an_equal_one():
    chart = LineChart("t", "norm (log)", y_scale="log10")
    chart.line([0, 1, 2], [0.0, -1.0, -2.0], "LSTM exact", "#1f77b4")
    chart.line([0, 1, 2], [0.0, -1.0, -2.0], "LSTM c-path", "#1f77b4", dashed=True)
    chart.line([0, 1, 2], [0.0, -1.0, -2.0], "GRU", "#2ca02c")
    chart.line([0, 1, 2], [0.0, -1.0, -2.0], "chance", "#888888", dashed=True)
    stroke = r'<polyline [^>]*stroke="(#[0-9a-f]+)" stroke-width="([\d.]+)"[^>]*?(?:stroke-dasharray="([^"]+)")?/>'
    lines = re.findall(stroke, chart.svg())
    colours = [colour for colour, _w, _d in lines]
    assert colours == ["#1f77b4", "#2ca02c", "#114163", "#888888"], "solid first, a dashed twin darker"
    assert float(lines[0][1]) > float(lines[1][1]), "the earlier solid line is wider: a rim shows round the later"
    assert lines[2][2] != lines[3][2] and all(dash for _c, _w, dash in lines[2:]), "each dashed line its own pattern"


def test_heatmap_colour_bar_reads_exponents_and_tells_zero_from_overflow():
    image = np.array([[0.0, -2.0, -np.inf], [-4.0, np.inf, np.nan]])
    svg = heatmap_svg(image, "timestep t", "training step", (0, 10), "log10")
    labels = re.findall(r'font-size="11">([^<]+)</text>', svg)
    assert labels[:-1] == ["-4", "-3", "-2", "-1", "0"] and labels[-1] == "log10", "exponents, as on screen"
    rgb = colour_map(image, -4.0, 0.0)
    assert tuple(rgb[0, 2]) == ZERO_RGB and tuple(rgb[1, 1]) == tuple(rgb[1, 2]) == INFINITE_RGB
