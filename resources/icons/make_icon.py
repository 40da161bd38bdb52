"""Draw the app icon with QPainter and write perfdesk.png (256 px) and perfdesk.ico.

A blue rounded square holding a white form sheet with ruled lines and a red check mark:
绩效自评 — filling in and checking the self-evaluation form.

    .venv/bin/python resources/icons/make_icon.py

The .ico holds 16, 20, 24, 32, 40, 48, 64 and 128 px as 32-bit BMP entries (read everywhere) and
256 px as PNG (the Vista+ convention); each size is drawn afresh rather than scaled down, so the
small sizes stay crisp.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

HERE = Path(__file__).resolve().parent
ICO_SIZES = [16, 20, 24, 32, 40, 48, 64, 128, 256]
PNG_SIZE = 256

BLUE_TOP = QColor("#2b6cb0")
BLUE_BOTTOM = QColor("#1a4480")
SHEET = QColor("#ffffff")
FOLD = QColor("#c9d6e8")
RULE = QColor("#8aa2c2")
RED = QColor("#c8102e")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256.0, size / 256.0)  # draw on a 256-unit canvas

    # Background: rounded square with a vertical gradient.
    gradient = QLinearGradient(0, 8, 0, 248)
    gradient.setColorAt(0.0, BLUE_TOP)
    gradient.setColorAt(1.0, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QBrush(gradient))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)

    # The form sheet with a folded top-right corner.
    left, top, right, bottom, fold = 60.0, 40.0, 196.0, 216.0, 36.0
    sheet = QPainterPath(QPointF(left, top))
    sheet.lineTo(right - fold, top)
    sheet.lineTo(right, top + fold)
    sheet.lineTo(right, bottom)
    sheet.lineTo(left, bottom)
    sheet.closeSubpath()
    p.setBrush(SHEET)
    p.drawPath(sheet)
    corner = QPainterPath(QPointF(right - fold, top))
    corner.lineTo(right - fold, top + fold)
    corner.lineTo(right, top + fold)
    corner.closeSubpath()
    p.setBrush(FOLD)
    p.drawPath(corner)

    # Ruled lines: the grid of indicators. Fewer and thicker at small sizes.
    rule_width = 10.0 if size <= 24 else 8.0
    rows = [82.0, 112.0] if size <= 24 else [78.0, 102.0, 126.0]
    pen = QPen(RULE, rule_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    for y in rows:
        p.drawLine(QPointF(left + 20, y), QPointF(right - 44 if y < top + fold + 6 else right - 20, y))

    # The red check mark over the lower half of the sheet.
    check_width = 26.0 if size <= 24 else 20.0
    pen = QPen(RED, check_width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(88, 164))
    check.lineTo(118, 192)
    check.lineTo(176, 134)
    p.drawPath(check)
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(data.data())


def bmp_entry(image: QImage) -> bytes:
    """An ICO image entry as BITMAPINFOHEADER + bottom-up BGRA pixels + 1-bit AND mask."""
    image = image.convertToFormat(QImage.Format.Format_ARGB32)  # little-endian BGRA in memory
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in range(size - 1, -1, -1):
        line = image.constScanLine(y)
        rows.append(bytes(line)[: size * 4])
    mask_stride = ((size + 31) // 32) * 4
    mask = b"\x00" * (mask_stride * size)  # alpha channel decides transparency
    return header + b"".join(rows) + mask


def ico_bytes(images: list[QImage]) -> bytes:
    entries = [png_bytes(img) if img.width() >= 256 else bmp_entry(img) for img in images]
    out = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    for img, data in zip(images, entries, strict=True):
        dim = img.width() if img.width() < 256 else 0  # 0 means 256
        out += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(entries)


def main() -> int:
    (HERE / "perfdesk.png").write_bytes(png_bytes(draw(PNG_SIZE)))
    (HERE / "perfdesk.ico").write_bytes(ico_bytes([draw(s) for s in ICO_SIZES]))
    print(f"wrote {HERE / 'perfdesk.png'} and {HERE / 'perfdesk.ico'} ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
