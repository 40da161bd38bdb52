#!/usr/bin/env bash
# Build the frozen one-folder app on Linux:
#   installer/dist/perfdesk/                               the bundle (run installer/dist/perfdesk/perfdesk)
#   installer/dist/perfdesk-<version>-linux-x86_64.tar.gz  the same folder, packed
# Needs the venv of the README (created here if absent) and, on Debian/Ubuntu, binutils (objdump,
# used by PyInstaller) besides Qt's runtime libraries listed in .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
PY=.venv/bin/python
if ! "$PY" -c "import PyInstaller, desktop, PySide6" 2>/dev/null; then
  echo "build.sh: installing the app and PyInstaller (the build extra)"
  .venv/bin/pip install -q -e ".[build]"
fi
if ! command -v objdump >/dev/null 2>&1; then
  echo "build.sh: PyInstaller needs objdump; install binutils (apt-get install binutils)" >&2
  exit 1
fi

VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
echo "build.sh: perfdesk $VERSION, PyInstaller $("$PY" -c 'import PyInstaller; print(PyInstaller.__version__)')"

# Translations: .ts -> .qm with Qt's lrelease (the frozen app cannot compile them at start).
"$PY" - <<'PYEOF'
import sys
from desktop.views.i18n import compile_translations, lrelease_executable, translations_dir
sources = sorted(translations_dir().glob("*.ts"))
if sources and lrelease_executable() is None:
    sys.exit("build.sh: lrelease not found in PySide6")
built = compile_translations()
if len(built) != len(sources):
    sys.exit(f"build.sh: {len(sources)} .ts but {len(built)} .qm")
print("build.sh: translations", ", ".join(p.name for p in built))
PYEOF

rm -rf installer/dist/perfdesk installer/dist/perfdesk-*.tar.gz
"$PY" -m PyInstaller --noconfirm --log-level WARN \
  --distpath installer/dist --workpath installer/build installer/perfdesk.spec

tarball="installer/dist/perfdesk-${VERSION}-linux-$(uname -m).tar.gz"
tar -C installer/dist -czf "$tarball" perfdesk
end=$(date +%s)

bundle_bytes=$(du -sb installer/dist/perfdesk | cut -f1)
tar_bytes=$(stat -c %s "$tarball")
{
  echo "version        $VERSION"
  echo "bundle on disk $(awk -v b="$bundle_bytes" 'BEGIN{printf "%.1f MB", b/1e6}') ($(find installer/dist/perfdesk -type f | wc -l) files)"
  echo "tar.gz         $(awk -v b="$tar_bytes" 'BEGIN{printf "%.1f MB", b/1e6}') $tarball"
  echo "build time     $((end - start)) s"
} | tee installer/dist/build-info.txt
