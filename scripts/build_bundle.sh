#!/usr/bin/env bash
# Build RNN Lab's one-folder bundle from the installed wheel, then prove it with its own --self-test, offscreen.
# Usage, from anywhere:
#     scripts/build_bundle.sh
# Steps: build the wheel; install it (not editable) with PyInstaller (the "build" extra) into the build environment
# build/bundle-venv; run packaging/rnnlab.spec with that environment's Python; print the bundle's size and its
# largest parts; check that it holds every documentation page the Help menu opens; run the bundle's self-test.
# PYTHON=path/to/python picks the interpreter that builds the wheel and hosts the build environment (default: the
# checkout's .venv, else python3); CLEAN=1 starts from a new build environment and a clean PyInstaller build;
# TORCH_INDEX_URL, when set, is where torch is installed from (a CPU-only index); SELF_TEST_HOME=folder keeps the
# self-test's settings, log and report there (default: a new temporary folder).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
venv=build/bundle-venv
[[ "${CLEAN:-0}" == "1" ]] && rm -rf "$venv"
[[ -d "$venv" ]] || "$PYTHON" -m venv "$venv"
bin="$venv/bin"
[[ -d "$bin" ]] || bin="$venv/Scripts"

rm -rf build/wheel
"$PYTHON" -m pip wheel -q --no-deps --wheel-dir build/wheel .
wheel=(build/wheel/rnnlab-*.whl)
if [[ -n "${TORCH_INDEX_URL:-}" ]]; then
    "$bin/python" -m pip install -q "torch>=2.4,<2.14" --index-url "$TORCH_INDEX_URL"
fi
"$bin/python" -m pip install -q --force-reinstall --no-deps "${wheel[0]}"
"$bin/python" -m pip install -q "${wheel[0]}[build]"

clean_flag=()
[[ "${CLEAN:-0}" == "1" ]] && clean_flag=(--clean)
# PyInstaller runs from an empty folder: from the checkout's root, the checkout's rnnlab/ would shadow the installed
# package that the bundle must be made of.
root="$(pwd)"
analysis_dir="$(mktemp -d)"
(cd "$analysis_dir" && "$root/$bin/python" -m PyInstaller --noconfirm "${clean_flag[@]}" --log-level WARN \
    --distpath "$root/dist" --workpath "$root/build/pyinstaller" "$root/packaging/rnnlab.spec")
rmdir "$analysis_dir"

case "$(uname -s)" in
    Darwin) executable="dist/RNN Lab.app/Contents/MacOS/rnnlab"; bundle="dist/RNN Lab.app"; contents="$bundle/Contents/Frameworks" ;;
    MINGW*|MSYS*|CYGWIN*) executable="dist/rnnlab/rnnlab.exe"; bundle="dist/rnnlab"; contents="$bundle/_internal" ;;
    *) executable="dist/rnnlab/rnnlab"; bundle="dist/rnnlab"; contents="$bundle/_internal" ;;
esac

echo "Bundle: $bundle ($(du -sh "$bundle" | cut -f1)); its largest parts:"
du -sm "$contents"/* 2>/dev/null | sort -rn | sed -n 1,12p
pages="$(cd / && "$root/$bin/python" -c \
    "from rnnlab.gui.documentation import CONTENTS, PAGES; print(*(p.file_name for p in (CONTENTS, *PAGES)))")"
for page in $pages; do
    if [[ ! -f "$contents/rnnlab/docs/$page" ]]; then
        echo "The bundle lacks the Help menu's page $contents/rnnlab/docs/$page" >&2
        exit 1
    fi
done
echo "The Help menu's documentation pages are in the bundle"
self_test_home="${SELF_TEST_HOME:-$(mktemp -d)}"
echo "Running the bundle's self-test (settings, log and report in $self_test_home)…"
status=0
RNNLAB_HOME="$self_test_home" QT_QPA_PLATFORM=offscreen "$executable" --self-test || status=$?
if [[ "$executable" == *.exe ]]; then
    # A windowed Windows program has no stdout: show the report it wrote.
    cat "$self_test_home/logs/self-test.txt" || true
fi
exit "$status"
