#!/usr/bin/env bash
# Smoke test of the Windows installer (dist/perfdesk-<version>-setup.exe from
# installer/build-windows.sh) under Wine, on Linux:
#
#   1. a fresh 64-bit Wine prefix set to Windows 7: the setup refuses (exit 3), installs nothing;
#      then Windows 10 (build 18362) with the test-only stand-ins of installer/wine/ in system32;
#   2. silent install (/S) to %LOCALAPPDATA%\Programs\perfdesk: files, no stand-in in the bundle,
#      uninstall entry in HKCU, Start-menu and desktop shortcuts;
#   3. the command line (perfdesk.cmd): --version, import of seed 001 from a folder whose name has
#      spaces and Chinese, score, report self-eval into that folder with every font embedded; the
#      year's 检查 in the worker process under pythonw.exe, equal to the same check made in-process;
#   4. the window with Qt's `windows` platform plugin under Xvfb (time to window, screenshot), and a
#      second instance refused while the first runs (its message box, screenshot);
#   5. upgrade: the setup again, through its wizard (a screenshot per page; silent without xdotool),
#      over the installed one: the database and its projects are still there;
#   6. silent uninstall: program, shortcuts and uninstall entry gone, %LOCALAPPDATA%\perfdesk kept;
#   7. silent install to C:\绩效 自评\程序 目录 (spaces and Chinese): --version and score work there;
#      uninstalled again.
#
# Needs: wine64 (Debian: wine wine64), xvfb, xdotool (optional: wizard screenshots), poppler-utils,
# binutils-mingw-w64-x86-64, and the build venv (.venv, for the screenshots and the stand-ins'
# download). Screenshots go to installer/build/windows/screenshots/. Exit status is non-zero at
# the first failure, with the step's output shown.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SEED=$ROOT/../shared/seeds/001_fef803051986e1a1.txt
CACHE=${PERFDESK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/perfdesk-windows}
BUILD=$ROOT/installer/build/windows
SHOTS=$BUILD/screenshots
PY=$ROOT/.venv/bin/python

fail() { echo "smoke-windows: FAIL: $*" >&2; exit 1; }
step() { echo "smoke-windows: --- $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN{printf "%.1f", b - a}'; }

for tool in wine wineserver Xvfb pdffonts x86_64-w64-mingw32-ld; do
  command -v "$tool" >/dev/null || fail "$tool not found (apt-get install wine wine64 xvfb poppler-utils binutils-mingw-w64-x86-64)"
done
[ -x "$PY" ] || fail "no .venv (run installer/build-windows.sh first)"
VERSION=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
SETUP=$ROOT/dist/perfdesk-$VERSION-setup.exe
[ -s "$SETUP" ] || fail "no $SETUP (run installer/build-windows.sh first)"
QTCORE=$BUILD/perfdesk/Lib/site-packages/PySide6/Qt6Core.dll
[ -f "$QTCORE" ] || fail "no staged build at $BUILD/perfdesk (run installer/build-windows.sh first)"
[ "$SETUP" -nt "$QTCORE" ] || fail "$SETUP is older than the staged build (rerun installer/build-windows.sh)"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/perfdesk-wine.XXXXXX")
XVFB_PID=""
cleanup() {
  WINEPREFIX=$WORK/prefix wineserver -k 2>/dev/null || true
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
rm -rf "$SHOTS" && mkdir -p "$SHOTS"

# An X display of our own, set before Wine starts (its desktop process stays on the first display).
exec 7> >(cat >"$WORK/display")
Xvfb -displayfd 7 -screen 0 1280x800x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 1 50); do [ -s "$WORK/display" ] && break; sleep 0.2; done
[ -s "$WORK/display" ] || fail "Xvfb did not start: $(cat "$WORK/xvfb.log")"
export DISPLAY=:$(head -n 1 "$WORK/display")
exec 7>&-

export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
# Test-only: the stand-ins replace Wine's own (native first), and WMI is off (platform.machine()
# would wait on it).
export WINEDLLOVERRIDES="mscms=n;bcryptprimitives=n;icuuc=n;wbemprox=d"
unset "${!QT_@}" 2>/dev/null || true
# Wine's standard handles must be pipes: a redirected file handle is invalid inside Wine.
w() { wine "$@" 2>&1 </dev/null | cat; return "${PIPESTATUS[0]}"; }
shot() {
  DISPLAY=$DISPLAY timeout 60 "$PY" installer/wine/screenshot.py "$SHOTS/$1.png" >/dev/null ||
    echo "smoke-windows: (screenshot $1 failed)"
}
# Titles as X shows them; NSIS's Chinese caption may end in a space ("绩效自评 Desk 安装 ").
windows_titled() { xwininfo -root -tree 2>/dev/null | grep -cE "\"$1 *\"" || true; }
wait_for_window() {  # title, seconds
  local i
  for i in $(seq 1 "$2"); do
    [ "$(windows_titled "$1")" -gt 0 ] && return 0
    sleep 1
  done
  return 1
}
press_return() {  # Return in the window titled $1 (no window manager here: focus it, then type)
  local id
  id=$(xdotool search --name "$1" 2>/dev/null | head -n 1)
  [ -n "$id" ] && xdotool windowfocus --sync "$id" && xdotool key Return
}
command -v xwininfo >/dev/null || fail "xwininfo not found (apt-get install x11-utils)"

# --- 1. fresh prefix; Windows 7 refused; Windows 10 with the stand-ins ----------------------------
step "fresh Wine prefix"
t=$(now)
w wineboot -i >/dev/null
w winecfg -v win7 >/dev/null
echo "prefix ready in $(since "$t") s"
WUSER=${USER:-$(id -un)}  # Wine names the Windows profile after the Unix user
LOCALAPP_WIN='C:\users\'"$WUSER"'\AppData\Local'
USERDIR=$WINEPREFIX/drive_c/users/$WUSER
INSTDIR=$USERDIR/AppData/Local/Programs/perfdesk
DATADIR=$USERDIR/AppData/Local/perfdesk

step "Windows 7: the setup refuses"
set +e; w "$SETUP" /S >"$WORK/old.log"; rc=$?; set -e
[ "$rc" -eq 3 ] || fail "setup on Windows 7 exited $rc, expected 3 (refusal)"
[ ! -e "$INSTDIR" ] || fail "setup on Windows 7 installed files"
echo "refused with exit 3, nothing installed"
w winecfg -v win10 >/dev/null
ver=$(w cmd /c ver | tr -d '\r')
grep -q "10.0.18362" <<<"$ver" || fail "the prefix is not Windows 10 1903: $ver"

step "test-only stand-ins (installer/wine/)"
mkdir -p "$CACHE/wine"
WIN_WHEEL=(--no-deps --require-hashes --only-binary=:all: --platform win_amd64 --python-version 3.13
           --implementation cp -r installer/wine/requirements.txt -d "$CACHE/wine")
"$PY" -m pip download -q --no-index --find-links "$CACHE/wine" "${WIN_WHEEL[@]}" 2>/dev/null ||
  "$PY" -m pip download -q "${WIN_WHEEL[@]}"
bash installer/wine/make-standins.sh "$WORK/standins" "$QTCORE" "$(ls "$CACHE"/wine/pyicu_wheels-*.whl | head -n 1)"
cp "$WORK"/standins/*.dll "$WINEPREFIX/drive_c/windows/system32/"

# --- 2. silent install --------------------------------------------------------------------------
step "silent install"
t=$(now)
w "$SETUP" /S || fail "silent install exited $?"
INSTALL_TIME=$(since "$t")
echo "installed in $INSTALL_TIME s"
for f in python.exe pythonw.exe python313.dll python313._pth perfdesk.cmd perfdesk.ico Uninstall.exe \
         Lib/site-packages/desktop/__main__.py Lib/site-packages/desktop/resources/schemes/index.yaml \
         Lib/site-packages/PySide6/plugins/platforms/qwindows.dll; do
  [ -e "$INSTDIR/$f" ] || fail "not installed: $f"
done
for f in icuuc.dll icuuc77.dll icudt77.dll mscms.dll bcryptprimitives.dll; do
  [ -z "$(find "$INSTDIR" -iname "$f")" ] || fail "a Wine stand-in is in the installed bundle: $f"
done
SM="$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs"
[ -f "$SM/绩效自评 Desk.lnk" ] && [ -f "$SM/绩效自评 Desk 命令行.lnk" ] && [ -f "$USERDIR/Desktop/绩效自评 Desk.lnk" ] ||
  fail "shortcuts missing"
w reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\perfdesk' >"$WORK/reg.txt" ||
  fail "no uninstall entry in HKCU"
grep -q "QuietUninstallString" "$WORK/reg.txt" || fail "uninstall entry incomplete: $(cat "$WORK/reg.txt")"
INSTALLED_MB=$(du -sm "$INSTDIR" | cut -f1)
echo "installed size ${INSTALLED_MB} MB ($(find "$INSTDIR" -type f | wc -l) files)"

# --- 3. command line ----------------------------------------------------------------------------
CMD="$LOCALAPP_WIN"'\Programs\perfdesk\perfdesk.cmd'
must() {  # name, then the perfdesk arguments
  local name=$1; shift
  if ! w cmd /c "$CMD" "$@" >"$WORK/$name.log"; then
    tail -n 40 "$WORK/$name.log" >&2
    fail "perfdesk $* exited with an error"
  fi
  if grep -E "Traceback|UnicodeEncodeError" "$WORK/$name.log" >&2; then fail "perfdesk $*: error output above"; fi
}
step "perfdesk --version"
must version --version
[ "$(tr -d '\r' <"$WORK/version.log")" = "perfdesk $VERSION" ] || fail "--version printed: $(cat "$WORK/version.log")"

DATA_UNIX="$WORK/测试 数据"
mkdir -p "$DATA_UNIX"
if [ -f "$SEED" ]; then
  cp "$SEED" "$DATA_UNIX/目标表 001.txt"
  expect_projects=15
else
  echo "smoke-windows: ../shared is absent: a small table of the same layout instead of seed 001"
  printf '%s\n' '## 项目支出绩效目标表' '' '部门名称：示例市测试局（本级）' '' '单位：万元' '' \
    $'项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标' \
    $'合计\t100.00\t100.00\t\t\t\t' $'示例市测试局\t100.00\t100.00\t\t\t\t' \
    $'办公设备购置\t100.00\t100.00\t\t\t按时完成办公设备更新。\t1、1-产出指标；11-数量指标；购置计算机台数；实施周期指标值:≥20台；年度指标值:≥20台。' \
    >"$DATA_UNIX/目标表 001.txt"
  expect_projects=1
fi
DATA_WIN="Z:${DATA_UNIX//\//\\}"
step "import (a folder with spaces and Chinese)"
must import import "$DATA_WIN\\目标表 001.txt"
tail -n 1 "$WORK/import.log"
grep -q "新增 $expect_projects 个项目" "$WORK/import.log" || fail "import did not add $expect_projects projects"
DB=$DATADIR/perfdesk/perfdesk.db
[ -s "$DB" ] || fail "no database at %LOCALAPPDATA%\\perfdesk\\perfdesk\\perfdesk.db"
step "score"
must score score
head -n 2 "$WORK/score.log"
step "report self-eval"
must report report self-eval --out "$DATA_WIN\\自评表 输出.pdf"
PDF="$DATA_UNIX/自评表 输出.pdf"
[ "$(head -c 5 "$PDF" 2>/dev/null)" = "%PDF-" ] || fail "no PDF written"
pdffonts "$PDF" >"$WORK/pdffonts.txt"
awk 'NR == 1 { col = index($0, "emb") } NR > 2 { n++; if (substr($0, col, 3) != "yes") bad++ }
     END { if (n == 0 || bad) exit 1 }' "$WORK/pdffonts.txt" || fail "PDF fonts not all embedded: $(cat "$WORK/pdffonts.txt")"
echo "$(tr -d '\r' <"$WORK/report.log" | tail -n 1); $(($(wc -l <"$WORK/pdffonts.txt") - 2)) fonts, all embedded"

PYW="$LOCALAPP_WIN"'\Programs\perfdesk\pythonw.exe'
PYC="$LOCALAPP_WIN"'\Programs\perfdesk\python.exe'
step "year check in the worker process (pythonw.exe, as the window runs it)"
# 检查 and 部门整体自评 score the year in a second process (spawned: multiprocessing on Windows);
# its rows must equal those made in the calling process.
cat >"$DATA_UNIX/worker_check.py" <<'PYEOF'
import os, sys


def main(out):
    from desktop.models import open_store
    from desktop.operations import worker_process
    from desktop.operations.progress import Progress
    from desktop.operations.scoring import latest_year
    from desktop.operations.transaction import read
    from desktop.operations.year_check import check_rows

    store = open_store(None)
    year = read(store, latest_year)
    there = worker_process.in_worker(store, check_rows, year, "表1")(Progress())
    worker = worker_process.in_worker(store, worker_process.process_id)(Progress())
    here = check_rows(store, year, "表1", Progress())
    out.write(f"rows {len(there)} equal {there == here} in another process {worker != os.getpid()}\n")
    worker_process.shutdown()
    store.close()


if __name__ == "__main__":  # the worker imports this file again as __mp_main__
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        try:
            main(out)
        except BaseException as exc:
            import traceback
            out.write("failed " + "".join(traceback.format_exception(exc)))
PYEOF
rm -f "$DATA_UNIX/worker_check.txt"
t=$(now)
timeout 300 wine "$PYW" -X utf8 "$DATA_WIN\\worker_check.py" "$DATA_WIN\\worker_check.txt" 2>&1 </dev/null | cat >"$WORK/worker.log" || true
[ -s "$DATA_UNIX/worker_check.txt" ] || { cat "$WORK/worker.log" >&2; fail "the worker check wrote nothing"; }
result=$(tr -d '\r' <"$DATA_UNIX/worker_check.txt")
echo "$result ($(since "$t") s)"
grep -qE "^rows [1-9][0-9]* equal True in another process True$" <<<"$result" || fail "the worker process check failed: $result"

# --- 4. the window ------------------------------------------------------------------------------
step "window (windows platform plugin, Xvfb)"
t=$(now)
PERFDESK_EXIT_WHEN_SHOWN=1 timeout 300 wine "$PYC" -X utf8 -m desktop 2>&1 </dev/null | cat >"$WORK/shown.log" || true
grep -q "perfdesk: window shown" "$WORK/shown.log" || { cat "$WORK/shown.log" >&2; fail "the window did not show"; }
COLD_START=$(since "$t")
echo "window shown $COLD_START s after start"
(wine "$PYW" -X utf8 -m desktop 2>&1 </dev/null | cat >"$WORK/gui1.log") &
wait_for_window "绩效自评 Desk" 180 || fail "no window titled 绩效自评 Desk"
sleep 3
shot app-window
step "second instance refused"
(wine "$PYW" -X utf8 -m desktop 2>&1 </dev/null | cat >"$WORK/gui2.log") &
LOG="$DATADIR/perfdesk/Logs/perfdesk.log"
for _ in $(seq 1 180); do grep -q "cannot open database" "$LOG" 2>/dev/null && break; sleep 1; done
grep "cannot open database" "$LOG" | tail -n 1 || fail "the second instance was not refused (no 'cannot open database' in the log)"
sleep 3
shot second-instance
[ "$(windows_titled "绩效自评 Desk")" -eq 1 ] || fail "two main windows are open"
wineserver -k 2>/dev/null || true
wineserver -w 2>/dev/null || true
if grep -E "Traceback|CRITICAL" "$LOG" >&2; then fail "problems in the app's log, above"; fi

# --- 5. upgrade over the installed version ----------------------------------------------------------
step "upgrade install (wizard)"
if command -v xdotool >/dev/null; then
  # Test-only: Wine has no 宋体, the font NSIS's Chinese pages ask for; the bundled Song font
  # stands in for it (only now: the window above proved the app's own CJK fallback without it).
  cp resources/fonts/gbsn00lp.ttf "$WINEPREFIX/drive_c/windows/Fonts/"
  for face in 宋体 SimSun 新宋体 NSimSun; do
    w reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontSubstitutes' /v "$face" /t REG_SZ \
      /d 'AR PL SungtiL GB' /f >/dev/null
  done
  touch "$WORK/before-upgrade"
  (wine "$SETUP" 2>&1 </dev/null | cat >"$WORK/wizard.log") &
  title="绩效自评 Desk 安装"
  for page in 1-welcome 2-folder; do
    wait_for_window "$title" 180 || {
      echo "smoke-windows: windows on the display:" >&2
      xwininfo -root -tree 2>/dev/null | grep -v "has no name" | head -n 30 >&2 || true
      echo "smoke-windows: the setup said:" >&2
      cat "$WORK/wizard.log" >&2 || true
      fail "no setup wizard window"
    }
    sleep 3; shot "wizard-$page"
    press_return "$title" || fail "xdotool could not press Next"
  done
  for _ in $(seq 1 300); do [ "$INSTDIR/Uninstall.exe" -nt "$WORK/before-upgrade" ] && break; sleep 1; done
  [ "$INSTDIR/Uninstall.exe" -nt "$WORK/before-upgrade" ] || fail "the wizard did not install"
  sleep 5; shot wizard-3-finish
  press_return "$title" || true  # Finish: starts the app
  if wait_for_window "绩效自评 Desk" 180; then sleep 3; shot app-after-upgrade; fi
  wineserver -k 2>/dev/null || true
  wineserver -w 2>/dev/null || true
else
  echo "smoke-windows: no xdotool: silent upgrade, no wizard screenshots"
  w "$SETUP" /S || fail "silent upgrade exited $?"
fi
[ -s "$DB" ] || fail "the upgrade lost the database"
must score-after score
diff <(tr -d '\r' <"$WORK/score.log") <(tr -d '\r' <"$WORK/score-after.log") >/dev/null ||
  fail "score differs after the upgrade"
echo "database kept, score unchanged (the app opened it in between, so its bytes may differ)"

# --- 6. silent uninstall -------------------------------------------------------------------------
uninstall() {  # the uninstaller copies itself to %TEMP% and returns at once: wait for it
  local dir=$1 win=$2
  w "$win\\Uninstall.exe" /S || fail "uninstaller exited $?"
  for _ in $(seq 1 120); do [ ! -e "$dir/Uninstall.exe" ] && break; sleep 1; done
  wineserver -w 2>/dev/null || true
  [ ! -e "$dir" ] || fail "left after uninstall: $(find "$dir" | head -n 5)"
}
step "silent uninstall"
uninstall "$INSTDIR" "$LOCALAPP_WIN"'\Programs\perfdesk'
[ ! -e "$SM/绩效自评 Desk.lnk" ] && [ ! -e "$USERDIR/Desktop/绩效自评 Desk.lnk" ] || fail "shortcuts left after uninstall"
if w reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\perfdesk' >/dev/null; then
  fail "uninstall entry left in HKCU"
fi
[ -s "$DB" ] || fail "the uninstaller removed the database"
echo "program gone, data folder kept: $(find "$DATADIR" -type f | wc -l) files"

# --- 7. a path with spaces and Chinese ------------------------------------------------------------
step "install to C:\\绩效 自评\\程序 目录"
ODD_WIN='C:\绩效 自评\程序 目录'
ODD="$WINEPREFIX/drive_c/绩效 自评/程序 目录"
# NSIS wants /D= last and unquoted; Wine would quote an argument with spaces, cmd passes it as is.
w cmd /c "Z:${SETUP//\//\\} /S /D=$ODD_WIN" || fail "install to $ODD_WIN exited $?"
[ -f "$ODD/python.exe" ] || fail "nothing installed in $ODD_WIN"
CMD="$ODD_WIN"'\perfdesk.cmd'
must version2 --version
must score-odd score
diff <(tr -d '\r' <"$WORK/score.log") <(tr -d '\r' <"$WORK/score-odd.log") >/dev/null || fail "score differs there"
uninstall "$ODD" "$ODD_WIN"
[ -s "$DB" ] || fail "the second uninstall removed the database"

{
  echo "setup.exe          $(awk -v b="$(stat -c %s "$SETUP")" 'BEGIN{printf "%.1f MB", b/1e6}')"
  echo "installed size     ${INSTALLED_MB} MB"
  echo "silent install     ${INSTALL_TIME} s"
  echo "cold start→window  ${COLD_START} s (under Wine)"
  echo "screenshots        $SHOTS: $(cd "$SHOTS" && ls | tr '\n' ' ')"
} | tee "$BUILD/smoke-info.txt"
echo "smoke-windows: OK"
