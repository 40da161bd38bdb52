#!/usr/bin/env bash
# Build the test-only stand-in DLLs that let Wine 8 run what Windows 10 1903+ runs as is. They go
# into the smoke test's Wine prefix (system32), never into the installer. Needs Debian's
# binutils-mingw-w64-x86-64.
#
#   bash installer/wine/make-standins.sh OUT_DIR QT6CORE_DLL PYICU_WHEEL
#
#   icuuc.dll             Qt6Core imports the system ICU by its Windows name (icuuc.dll, unversioned
#                         symbols); forwarded to icuuc77.dll of the pyicu-wheels wheel (…_77 symbols),
#                         which is copied beside it with icudt77.dll.
#   mscms.dll             stubs for the colour-profile functions qwindows.dll imports (Wine lacks some).
#   bcryptprimitives.dll  ProcessPrng (python-calamine) forwarded to advapi32.SystemFunction036.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=$1 qtcore=$2 wheel=$3
mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
AS=x86_64-w64-mingw32-as LD=x86_64-w64-mingw32-ld OBJDUMP=x86_64-w64-mingw32-objdump
command -v $LD >/dev/null || { echo "make-standins: install binutils-mingw-w64-x86-64" >&2; exit 1; }

$AS "$here/stubs.s" -o "$work/stubs.o"
for name in mscms bcryptprimitives; do
  $LD -shared -e DllMain -o "$out/$name.dll" "$work/stubs.o" "$here/$name.def"
done

python3 - "$wheel" "$out" <<'PYEOF'
import sys, zipfile
from pathlib import Path
out = Path(sys.argv[2])
with zipfile.ZipFile(sys.argv[1]) as z:
    for name in ("icu/icuuc77.dll", "icu/icudt77.dll"):
        (out / Path(name).name).write_bytes(z.read(name))
PYEOF
# The names Qt6Core takes from icuuc.dll, each forwarded to the versioned name in icuuc77.dll.
wanted=$($OBJDUMP -p "$qtcore" | awk '/DLL Name: icuuc.dll/{f=1; next} /DLL Name:/{f=0} f && NF == 3 && $1 ~ /^[0-9a-f]+$/ {print $3}')
have=$($OBJDUMP -p "$out/icuuc77.dll" | awk '/\[Ordinal\/Name Pointer\] Table/{f=1; next} f && /^\t\[/ {print $NF}')
[ -n "$wanted" ] || { echo "make-standins: Qt6Core imports nothing from icuuc.dll?" >&2; exit 1; }
{
  echo "LIBRARY icuuc.dll"
  echo "EXPORTS"
  for sym in $wanted; do
    grep -qx "${sym}_77" <<<"$have" || { echo "make-standins: icuuc77.dll has no ${sym}_77" >&2; exit 1; }
    echo "    $sym = icuuc77.${sym}_77"
  done
} >"$work/icuuc.def"
$LD -shared -e DllMain -o "$out/icuuc.dll" "$work/stubs.o" "$work/icuuc.def"
echo "make-standins: $(ls "$out" | tr '\n' ' ')($(grep -c ' = ' "$work/icuuc.def") ICU functions forwarded)"
