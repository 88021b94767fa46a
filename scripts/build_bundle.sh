#!/usr/bin/env bash
# Build RNN Lab's one-folder bundle with PyInstaller (packaging/rnnlab.spec), then prove it with its own
# --self-test, offscreen. Prints the bundle's size. Usage, from anywhere:
#     scripts/build_bundle.sh
# PYTHON=path/to/python picks the interpreter; CLEAN=1 forces a clean build; SELF_TEST_HOME=folder keeps the
# self-test's settings, log and report there (default: a new temporary folder).
# PyInstaller is a build-time tool: it is installed (the "build" extra) into the interpreter's environment if
# missing, never a runtime dependency.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x .venv/bin/python ]]; then PYTHON=.venv/bin/python; else PYTHON=python3; fi
fi
if ! "$PYTHON" -m PyInstaller --version >/dev/null 2>&1; then
    "$PYTHON" -m pip install -q "pyinstaller>=6.10,<7"
fi

clean_flag=()
[[ "${CLEAN:-0}" == "1" ]] && clean_flag=(--clean)
"$PYTHON" -m PyInstaller --noconfirm "${clean_flag[@]}" --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/rnnlab.spec

case "$(uname -s)" in
    Darwin) executable="dist/RNN Lab.app/Contents/MacOS/rnnlab"; bundle="dist/RNN Lab.app" ;;
    MINGW*|MSYS*|CYGWIN*) executable="dist/rnnlab/rnnlab.exe"; bundle="dist/rnnlab" ;;
    *) executable="dist/rnnlab/rnnlab"; bundle="dist/rnnlab" ;;
esac

echo "Bundle: $bundle ($(du -sh "$bundle" | cut -f1))"
self_test_home="${SELF_TEST_HOME:-$(mktemp -d)}"
echo "Running the bundle's self-test (settings, log and report in $self_test_home)…"
status=0
RNNLAB_HOME="$self_test_home" QT_QPA_PLATFORM=offscreen "$executable" --self-test || status=$?
if [[ "$executable" == *.exe ]]; then
    # A windowed Windows program has no stdout: show the report it wrote.
    cat "$self_test_home/logs/self-test.txt" || true
fi
exit "$status"
