"""The command line in UTF-8 whatever the console's code page, and in Chinese throughout."""

from __future__ import annotations

import errno
import os
import subprocess
import sys

from desktop.oserrors import os_error_text


def _run(args, tmp_path, encoding="cp1252"):
    # A Western Windows console redirected to a file or pipe: Python picks cp1252 for stdout.
    env = dict(os.environ, PYTHONIOENCODING=encoding, QT_QPA_PLATFORM="offscreen",
               XDG_DATA_HOME=str(tmp_path / "data"), XDG_STATE_HOME=str(tmp_path / "state"))
    env.pop("PYTHONUTF8", None)
    return subprocess.run([sys.executable, "-X", "utf8=0", "-m", "desktop", *args],
                          capture_output=True, env=env, timeout=120, cwd=tmp_path)


def test_help_on_a_cp1252_console_is_utf8_and_chinese(tmp_path):
    result = _run(["--help"], tmp_path)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: every byte is UTF-8
    assert text.startswith("用法：perfdesk")
    assert "显示本帮助并退出" in text and "显示程序版本并退出" in text
    assert "show this help" not in text and "usage:" not in text


def test_import_errors_on_a_cp1252_console_reach_the_user_in_chinese(tmp_path):
    missing = tmp_path / "没有这个文件.xlsx"
    result = _run(["--db", str(tmp_path / "x.db"), "import", str(missing)], tmp_path)
    assert result.returncode != 0
    err = result.stderr.decode("utf-8")
    assert "UnicodeEncodeError" not in err and "Traceback" not in err
    assert "没有这个文件.xlsx" in err
    assert "No such file" not in err


def test_argument_errors_are_chinese(tmp_path):
    result = _run(["report", "nonsense", "--out", "x.pdf"], tmp_path)
    assert result.returncode == 2
    err = result.stderr.decode("utf-8")
    assert "错误" in err and "无效的选项 'nonsense'" in err, err
    assert "error:" not in err and "invalid choice" not in err


def test_os_errors_are_named_in_chinese_not_in_the_systems_language():
    assert os_error_text(PermissionError(errno.EACCES, "Permission denied")).startswith("没有权限")
    assert os_error_text(FileNotFoundError(errno.ENOENT, "No such file")) == "文件或文件夹不存在"
    locked = PermissionError(errno.EACCES, "The process cannot access the file")
    locked.winerror = 32  # what Windows reports for a workbook open in Excel
    assert "另一个程序" in os_error_text(locked)
    assert os_error_text(OSError(errno.ELOOP, "Too many levels")) == f"系统错误（代码 {errno.ELOOP}）"


def test_report_to_a_folder_it_cannot_write_says_why_in_chinese(tmp_path):
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root writes anywhere: a path under a regular file fails for everyone instead.
        (tmp_path / "afile").write_text("x")
        out = tmp_path / "afile" / "x.pdf"
    else:
        locked = tmp_path / "ro"
        locked.mkdir(mode=0o500)
        out = locked / "x.pdf"
    result = _run(["--db", str(tmp_path / "x.db"), "report", "targets", "--out", str(out)], tmp_path)
    err = result.stderr.decode("utf-8")
    assert result.returncode != 0
    assert all(ord(c) < 128 or "\u3000" <= c <= "\uffef" or "\u4e00" <= c <= "\u9fff" for c in err)
    assert "Not a directory" not in err and "Permission denied" not in err and "Traceback" not in err
