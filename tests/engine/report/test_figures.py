"""The figures: readable ticks (never a repeated label), gaps for non-finite points, a valid PNG, escaped labels."""

import struct
import zlib

import numpy as np

from rnnlab.engine.report import ticks
from rnnlab.engine.report.line_chart import MAX_POINTS, LineChart
from rnnlab.engine.report.matrix_figures import heatmap_svg, matrix_svg, png_bytes


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


def test_linear_and_date_ticks():
    assert ticks.linear_ticks(0, 1)[1] == ["0.0", "0.2", "0.4", "0.6", "0.8", "1.0"]
    days = ticks.dates_as_days(np.array(["2017-01-03", "2017-01-31"], dtype="datetime64[D]"))
    labels = ticks.date_ticks(*days)[1]
    assert labels and all(label.startswith("2017-01") for label in labels)
    years = ticks.date_ticks(*ticks.dates_as_days(np.array(["2012-01-03", "2016-12-30"], dtype="datetime64[D]")))[1]
    assert years == ["2013", "2014", "2015", "2016"]


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
