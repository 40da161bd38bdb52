"""The one error an import raises: a Chinese sentence naming the file and the place."""

from __future__ import annotations

from pathlib import Path


class SourceError(Exception):
    """A file that cannot be imported. `str(err)` is the sentence shown to the officer."""

    def __init__(self, path: str | Path | None, problem: str, place: str | None = None):
        self.path = str(path) if path is not None else None
        self.place = place
        self.problem = problem
        super().__init__(self.sentence())

    def sentence(self) -> str:
        name = Path(self.path).name if self.path else "文件"
        where = f"{self.place}" if self.place else ""
        sep = "，" if where else ""
        return f"无法导入“{name}”：{where}{sep}{self.problem}"


class ImportCancelled(Exception):
    """The officer pressed 取消 while files were being read."""
