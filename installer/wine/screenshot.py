"""Save a PNG of the whole X display (the smoke test's Xvfb), with the build venv's PySide6.

    DISPLAY=:N .venv/bin/python installer/wine/screenshot.py OUT.png
"""

import os
import sys

os.environ["QT_QPA_PLATFORM"] = "xcb"
from PySide6.QtGui import QGuiApplication  # noqa: E402

app = QGuiApplication(sys.argv[:1])
image = app.primaryScreen().grabWindow(0)
if image.isNull() or not image.save(sys.argv[1]):
    sys.exit(f"screenshot: could not grab the display into {sys.argv[1]}")
print(f"screenshot: {sys.argv[1]} {image.width()}x{image.height()}")
