"""On Windows the forms take 仿宋/宋体/黑体 from %WINDIR%\\Fonts (or the user's own fonts folder)
when present, else the bundled fonts."""

from __future__ import annotations

import shutil

from desktop.reports.fonts import font_set, shipped_font_dir, system_font_dirs


def test_windows_fonts_folder_comes_from_windir_and_localappdata(tmp_path, monkeypatch):
    machine = tmp_path / "Windows" / "Fonts"
    user = tmp_path / "Local" / "Microsoft" / "Windows" / "Fonts"
    machine.mkdir(parents=True)
    user.mkdir(parents=True)
    monkeypatch.setenv("WINDIR", str(tmp_path / "Windows"))
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "Local"))
    assert system_font_dirs() == [machine, user]
    # 仿宋 machine-wide, 黑体 installed for this user only: each leads its chain.
    shutil.copy(shipped_font_dir() / "gbsn00lp.ttf", machine / "simfang.ttf")
    shutil.copy(shipped_font_dir() / "gbsn00lp.ttf", user / "simhei.ttf")
    fonts = font_set(system_dirs=system_font_dirs())
    assert "simfang" in fonts.body.names[0]
    assert "simhei" in fonts.title.names[0]
    assert any("gbsn00lp" in n for n in fonts.body.names[1:])


def test_no_windows_folder_means_bundled_fonts_only(tmp_path, monkeypatch):
    monkeypatch.delenv("WINDIR", raising=False)
    monkeypatch.delenv("SystemRoot", raising=False)
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "nowhere"))
    assert system_font_dirs() == []
    fonts = font_set(system_dirs=system_font_dirs())
    assert "gbsn00lp" in fonts.body.names[0]
