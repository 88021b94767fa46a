#!/usr/bin/env bash
# Prove that RNN Lab installs and runs outside a checkout: build the wheel, install it (not editable) into a new
# virtual environment, and from an empty temporary folder run `rnnlab translate` (must print the assignment's
# answer), check that every documentation page the Help menu opens is installed, and run `rnnlab --self-test`
# (offscreen) in English and in Persian (`--lang fa`: the installed catalogue and font). Used by .ci/run and the GitHub test job. Usage, from anywhere:
#     scripts/wheel_smoke.sh
# PYTHON=path/to/python picks the interpreter that builds and hosts the new environment (default python3);
# TORCH_INDEX_URL, when set, is where torch is installed from first (a CPU-only index, say).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$PYTHON" -m pip wheel -q --no-deps --wheel-dir "$work/wheel" .
wheel=("$work"/wheel/rnnlab-*.whl)
echo "Built ${wheel[0]##*/}; its top-level names: $("$PYTHON" -c "import sys, zipfile; print(sorted({n.split('/')[0] for n in zipfile.ZipFile(sys.argv[1]).namelist() if not n.split('/')[0].endswith(('.dist-info', '.data'))}))" "${wheel[0]}")"

"$PYTHON" -m venv "$work/venv"
bin="$work/venv/bin"
[[ -d "$bin" ]] || bin="$work/venv/Scripts"
if [[ -n "${TORCH_INDEX_URL:-}" ]]; then
    "$bin/python" -m pip install -q "torch>=2.4,<2.14" --index-url "$TORCH_INDEX_URL"
fi
"$bin/python" -m pip install -q "${wheel[0]}"

mkdir "$work/elsewhere"
cd "$work/elsewhere"
expected="Ethay airway onditioningcay isway orkingway"
answer="$("$bin/rnnlab" translate "The air conditioning is working")"
echo "rnnlab translate: $answer"
if [[ "$answer" != "$expected" ]]; then
    echo "wheel smoke test: expected '$expected'" >&2
    exit 1
fi
missing="$("$bin/python" -c "from rnnlab.gui.documentation import missing_pages; print(*missing_pages())")"
if [[ -n "$missing" ]]; then
    echo "wheel smoke test: the Help menu's pages are not installed: $missing" >&2
    exit 1
fi
echo "The Help menu's documentation pages are installed"
RNNLAB_HOME="$work/home" QT_QPA_PLATFORM=offscreen "$bin/rnnlab" --self-test
RNNLAB_HOME="$work/home-fa" QT_QPA_PLATFORM=offscreen "$bin/rnnlab" --self-test --lang fa
echo "wheel smoke test passed"
