#!/usr/bin/env bash
# Smoke test of the frozen bundle built by installer/build.sh: its .tar.gz is unpacked into a
# temporary folder and tested there (PERFDESK_BUNDLE=DIR tests a folder instead).
#
# The frozen program runs under `env -i` with an empty PATH (no Python reachable, no PYTHON*
# variables) and a throw-away HOME / XDG folders, so it proves the bundle is self-contained and
# never touches the user's real data:
#   1. layout: migrations as files, compiled translations, fonts and licences, schemes, icon;
#      every bundled ELF resolves its libraries, none from the build venv;
#   2. `perfdesk --version` prints the version of pyproject.toml;
#   3. headless: `import` a seed table → `score` → `report self-eval --out x.pdf`, each step run when
#      the bundle has that subcommand (all are required once desktop/commands lists them), and the
#      PDF's fonts checked to be embedded;
#   4. the window opens offscreen (and under Xvfb with the xcb plugin when xvfb-run exists), with
#      no missing translation and no traceback in the log.
# Exit status is non-zero at the first failure, with the step's output shown.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
SHARED_SEED=$ROOT/../shared/seeds/001_fef803051986e1a1.txt

fail() { echo "smoke: FAIL: $*" >&2; exit 1; }
step() { echo "smoke: --- $*"; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/perfdesk-smoke.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK"/{home,data,state,config,cache,emptybin,out}
mkdir -m 700 "$WORK/runtime"

# What is tested: the .tar.gz that build.sh made, unpacked away from the source tree (so it is
# what users get, and it cannot lean on files beside it); or a folder named by PERFDESK_BUNDLE.
if [ -n "${PERFDESK_BUNDLE:-}" ]; then
  BUNDLE=$(cd "$PERFDESK_BUNDLE" && pwd)
else
  tarball=$(ls -t installer/dist/perfdesk-*.tar.gz 2>/dev/null | head -n 1 || true)
  [ -n "$tarball" ] || fail "no installer/dist/perfdesk-*.tar.gz (run installer/build.sh first)"
  [ "$tarball" -nt installer/dist/perfdesk/perfdesk ] || [ ! -e installer/dist/perfdesk/perfdesk ] ||
    fail "$tarball is older than installer/dist/perfdesk (rerun installer/build.sh)"
  mkdir "$WORK/unpacked"
  tar -C "$WORK/unpacked" -xzf "$tarball"
  BUNDLE=$WORK/unpacked/perfdesk
  echo "smoke: testing $tarball, unpacked in $WORK/unpacked"
fi
BIN=$BUNDLE/perfdesk
INTERNAL=$BUNDLE/_internal
[ -x "$BIN" ] || fail "no frozen program at $BIN (run installer/build.sh first)"

# The frozen program with nothing inherited but a UTF-8 locale (and the X display under Xvfb).
frozen() {
  (cd "$WORK/out" && timeout "${STEP_TIMEOUT:-300}" env -i \
    HOME="$WORK/home" XDG_DATA_HOME="$WORK/data" XDG_STATE_HOME="$WORK/state" \
    XDG_CONFIG_HOME="$WORK/config" XDG_CACHE_HOME="$WORK/cache" XDG_RUNTIME_DIR="$WORK/runtime" \
    PATH="$WORK/emptybin" LANG=C.UTF-8 LC_ALL=C.UTF-8 \
    QT_QPA_PLATFORM="${QPA:-offscreen}" ${DISPLAY:+DISPLAY="$DISPLAY"} ${XAUTHORITY:+XAUTHORITY="$XAUTHORITY"} \
    ${PERFDESK_EXIT_WHEN_SHOWN:+PERFDESK_EXIT_WHEN_SHOWN=1} \
    "$BIN" "$@")
}

# Run one frozen command; on failure show its output and stop.
must() {
  local name=$1; shift
  local log="$WORK/$name.log"
  if ! frozen "$@" >"$log" 2>&1; then
    echo "----- output of: perfdesk $* -----" >&2
    tail -n 60 "$log" >&2
    fail "$name exited with an error"
  fi
}

# --- 1. layout ---------------------------------------------------------------------------------
step "layout"
[ -f "$INTERNAL/desktop/migrations/env.py" ] || fail "migrations not bundled as files (desktop/migrations/env.py)"
src_versions=$(find desktop/migrations/versions -maxdepth 1 -name '*.py' | wc -l)
bundled_versions=$(find "$INTERNAL/desktop/migrations/versions" -maxdepth 1 -name '*.py' 2>/dev/null | wc -l)
[ "$src_versions" -eq "$bundled_versions" ] || fail "migrations: $src_versions in source, $bundled_versions bundled"
for ts in resources/translations/*.ts; do
  qm="$INTERNAL/resources/translations/$(basename "${ts%.ts}").qm"
  [ -s "$qm" ] || fail "compiled translation missing: $qm"
done
[ -s "$INTERNAL/PySide6/Qt/translations/qtbase_zh_CN.qm" ] || fail "qtbase_zh_CN.qm not bundled"
[ -s "$INTERNAL/resources/icons/perfdesk.png" ] || fail "icon not bundled"
[ -s "$INTERNAL/resources/schemes/index.yaml" ] || fail "scoring schemes not bundled"
for font in resources/fonts/*; do
  [ -s "$INTERNAL/resources/fonts/$(basename "$font")" ] || fail "font or licence not bundled: $font"
done
for plugin in platforms/libqoffscreen.so platforms/libqxcb.so printsupport/libcupsprintersupport.so; do
  [ -f "$INTERNAL/PySide6/Qt/plugins/$plugin" ] || fail "Qt plugin not bundled: $plugin"
done
[ -f "$INTERNAL/PySide6/QtPdf.abi3.so" ] && [ -f "$INTERNAL/PySide6/QtPdfWidgets.abi3.so" ] || fail "QtPdf not bundled"

if command -v ldd >/dev/null 2>&1; then
  unresolved=""; leaked=""
  while IFS= read -r -d '' f; do
    [ "$(head -c 4 "$f" | od -An -c | tr -d ' ')" = '177ELF' ] || continue
    out=$(LD_LIBRARY_PATH="$INTERNAL" ldd "$f" 2>/dev/null || true)
    if grep -q "not found" <<<"$out"; then unresolved+="${f#"$BUNDLE"/}: $(grep 'not found' <<<"$out" | awk '{print $1}' | tr '\n' ' ')"$'\n'; fi
    if grep -Eq "=> ($ROOT/\.venv|$HOME/\.pyenv|/usr/local/lib/python)" <<<"$out"; then leaked+="${f#"$BUNDLE"/}"$'\n'; fi
  done < <(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' -o -name perfdesk \) -print0)
  [ -z "$unresolved" ] || fail "libraries not found:"$'\n'"$unresolved"
  # ldd falls back to the system's copy of a library the spec left out: check none is needed.
  if [ -f installer/build/exclusions.txt ] && command -v objdump >/dev/null 2>&1; then
    removed=$(awk '$2 == "MB" && NF == 3 {n = split($3, p, "/"); print p[n]}' installer/build/exclusions.txt | sort -u)
    needed=$(find "$BUNDLE" -type f \( -name '*.so' -o -name '*.so.*' \) -exec objdump -p {} + 2>/dev/null |
      awk '$1 == "NEEDED" {print $2}' | sort -u)
    still=$(comm -12 <(echo "$removed") <(echo "$needed"))
    [ -z "$still" ] || fail "the spec left out libraries that bundled ones need: $still"
  fi
  [ -z "$leaked" ] || fail "libraries resolved outside the bundle, from the build environment:"$'\n'"$leaked"
fi

# --- 2. no Python, --version -------------------------------------------------------------------
step "version (no Python on PATH)"
if env -i PATH="$WORK/emptybin" sh -c 'command -v python3 || command -v python' >/dev/null 2>&1; then
  fail "python is reachable from the smoke environment"
fi
want=$(sed -n 's/^version *= *"\(.*\)"/\1/p' pyproject.toml | head -n 1)
got=$(frozen --version 2>&1) || fail "perfdesk --version: $got"
[ "$got" = "perfdesk $want" ] || fail "perfdesk --version printed '$got', expected 'perfdesk $want'"
echo "$got"

# --- 3. headless: import → score → report self-eval -----------------------------------------------
# Subcommands the source registers (desktop/commands COMMAND_MODULES; module import_ is `import`).
listed=$(sed -n 's/^COMMAND_MODULES[^=]*= *\[\(.*\)\].*/\1/p' desktop/commands/__init__.py | tr -d "\"' " | tr ',' ' ' | sed 's/_ / /g; s/_$//')
has() { frozen "$1" --help >/dev/null 2>&1; }
for name in $listed; do
  has "$name" || fail "desktop/commands lists '$name' but the frozen program lacks it (stale bundle or a module PyInstaller missed)"
done
echo "subcommands: ${listed:-none}"

if [ -f "$SHARED_SEED" ]; then
  seed=$SHARED_SEED
else
  # No ../shared beside the clone: a small table of the same layout, made up here.
  seed="$WORK/sample.txt"
  printf '%s\n' '## 项目支出绩效目标表' '' '部门名称：示例市测试局（本级）' '' '单位：万元' '' \
    $'项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标' \
    $'合计\t150.00\t150.00\t\t\t\t' $'示例市测试局\t150.00\t150.00\t\t\t\t' \
    $'办公设备购置\t100.00\t100.00\t\t\t按时完成办公设备更新，保障日常办公。\t1、1-产出指标；11-数量指标；购置计算机台数；实施周期指标值:≥20台；年度指标值:≥20台。2、1-产出指标；13-时效指标；完成采购时间；实施周期指标值:2024年6月前；年度指标值:2024年6月前。3、3-满意度指标；31-服务对象满意度指标；使用人员满意度；实施周期指标值:≥90%；年度指标值:≥90%。' \
    $'科普宣传活动\t50.00\t50.00\t\t\t开展科普宣传，提高公众科学素质。\t1、1-产出指标；11-数量指标；举办活动次数；实施周期指标值:≥10次；年度指标值:≥10次。2、2-效益指标；22-社会效益指标；公众科学素质提升；实施周期指标值:有所提升；年度指标值:有所提升。' \
    >"$seed"
fi

ran=""
if has import; then
  step "import $(basename "$seed")"
  must import import "$seed"
  tail -n 3 "$WORK/import.log"
  [ -s "$WORK/data/perfdesk/perfdesk.db" ] || fail "import wrote no database at the default place"
  ran+=" import"
fi
if has score; then
  step "score"
  must score score
  head -n 3 "$WORK/score.log"
  ran+=" score"
fi
if has report; then
  step "report self-eval --out x.pdf"
  pdf="$WORK/out/x.pdf"
  must report report self-eval --out "$pdf"
  [ -s "$pdf" ] && [ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "report self-eval wrote no PDF at $pdf"
  if command -v pdffonts >/dev/null 2>&1; then
    pdffonts "$pdf" >"$WORK/pdffonts.txt" || fail "pdffonts cannot read $pdf"
    cat "$WORK/pdffonts.txt"
    # Column "emb" found from the header, so font types with spaces do not shift it.
    awk 'NR == 1 { col = index($0, "emb") } NR > 2 { n++; if (substr($0, col, 3) != "yes") bad++ }
         END { if (n == 0) { print "no fonts in the PDF"; exit 1 } if (bad) { print bad " font(s) not embedded"; exit 1 } }' \
      "$WORK/pdffonts.txt" || fail "PDF fonts are not all embedded"
  elif [ -x .venv/bin/python ] && .venv/bin/python -c "import pypdf" 2>/dev/null; then
    .venv/bin/python - "$pdf" <<'PYEOF' || fail "PDF fonts are not all embedded"
import sys
from pypdf import PdfReader

fonts, bad = 0, []
for page in PdfReader(sys.argv[1]).pages:
    for font in (page.get("/Resources", {}).get_object().get("/Font", {}) or {}).values():
        font = font.get_object()
        desc = font.get("/FontDescriptor")
        if desc is None and "/DescendantFonts" in font:
            desc = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
        fonts += 1
        desc = desc.get_object() if desc is not None else {}
        if not any(k in desc for k in ("/FontFile", "/FontFile2", "/FontFile3")):
            bad.append(str(font.get("/BaseFont")))
print(f"{fonts} font(s) in the PDF, not embedded: {bad or 'none'}")
sys.exit(1 if bad or not fonts else 0)
PYEOF
  else
    fail "cannot check the PDF's fonts: install poppler-utils (pdffonts) or pypdf in .venv"
  fi
  ran+=" report"
fi
echo "headless steps run:${ran:- none (no subcommand in this build)}"

# --- 4. the window -----------------------------------------------------------------------------
gui() {  # $1 = platform plugin
  step "window ($1)"
  local out
  out=$(QPA=$1 PERFDESK_EXIT_WHEN_SHOWN=1 STEP_TIMEOUT=120 frozen 2>&1) || { echo "$out" >&2; fail "window did not open with $1"; }
  grep -q "perfdesk: window shown" <<<"$out" || { echo "$out" >&2; fail "no 'window shown' line with $1"; }
  echo "window shown ($1)"
}
gui offscreen
if command -v xvfb-run >/dev/null 2>&1; then
  # xvfb-run is a sh script, which drops exported bash functions: pass their text instead.
  export WORK BIN
  xvfb-run -a -s "-screen 0 1280x800x24" bash -c "$(declare -f frozen fail step gui); gui xcb" ||
    fail "window under Xvfb (xcb)"
else
  echo "smoke: xvfb-run not installed; xcb start not tried"
fi

log=$(find "$WORK/state" "$WORK/home" -name perfdesk.log 2>/dev/null | head -n 1)
[ -n "$log" ] || fail "the frozen program wrote no log file"
if grep -E "translation .* not found|Traceback|CRITICAL" "$log" >&2; then
  fail "problems in the log ($log), above"
fi

echo "smoke: OK — bundle $(du -sh "$BUNDLE" | cut -f1), headless:${ran:- none}"
