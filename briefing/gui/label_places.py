"""Where a chart's texts go so that none lies over another or outside the plot: pixel geometry only (the chart view
measures its texts and moves them; the words and numbers are the spec's)."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF

GAP = 3.0  # pixels between a text and what it labels


def spread(wanted: Sequence[float], size: float, low: float, high: float) -> list[float] | None:
    """Centres for texts `size` high, each as near its `wanted` centre as the others let it, none closer to the next
    than `size`, all within [low, high]; None where they cannot all fit. Neighbours that would overlap are moved
    as one block centred on their wanted centres (the usual way to label the ends of lines)."""
    if len(wanted) * size > high - low + 1e-6:
        return None
    blocks: list[tuple[list[int], float]] = []  # runs of texts laid edge to edge, top to bottom: (texts, top)
    for i in sorted(range(len(wanted)), key=lambda i: wanted[i]):
        members = [i]
        while True:
            n = len(members)
            top = min(max(sum(wanted[j] for j in members) / n - n * size / 2, low), high - n * size)
            if blocks and blocks[-1][1] + len(blocks[-1][0]) * size > top:  # meets the block above: one block
                members = blocks.pop()[0] + members
                continue
            blocks.append((members, top))
            break
    out = [0.0] * len(wanted)
    for members, top in blocks:
        for k, i in enumerate(members):
            out[i] = top + (k + 0.5) * size
    return out


def around(anchor: QRectF, width: float, height: float) -> list[QRectF]:
    """A text's places about a mark (its rectangle), in order of preference: above, below, right, left."""
    c = anchor.center()
    return [QRectF(c.x() - width / 2, anchor.top() - GAP - height, width, height),
            QRectF(c.x() - width / 2, anchor.bottom() + GAP, width, height),
            QRectF(anchor.right() + GAP, c.y() - height / 2, width, height),
            QRectF(anchor.left() - GAP - width, c.y() - height / 2, width, height)]


def first_free(candidates: Sequence[QRectF], taken: Sequence[QRectF], room: QRectF,
               lines: Sequence[QLineF] = ()) -> QRectF | None:
    """The first candidate inside `room` that meets nothing `taken` and crosses none of `lines`; None if every one
    does."""
    for rect in candidates:
        if room.contains(rect) and not any(rect.intersects(t) for t in taken) and \
                not any(crosses(line, rect) for line in lines):
            return rect
    return None


def crosses(line: QLineF, rect: QRectF) -> bool:
    """Whether the segment `line` passes through `rect`."""
    if rect.contains(line.p1()) or rect.contains(line.p2()):
        return True
    corners = (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft())
    return any(line.intersects(QLineF(a, b))[0] == QLineF.IntersectionType.BoundedIntersection
               for a, b in zip(corners, corners[1:] + corners[:1]))


def inside(rect: QRectF, room: QRectF) -> QRectF:
    """`rect` moved (not resized) to lie in `room` where it can."""
    dx = max(0.0, room.left() - rect.left()) or min(0.0, room.right() - rect.right())
    dy = max(0.0, room.top() - rect.top()) or min(0.0, room.bottom() - rect.bottom())
    return rect.translated(QPointF(dx, dy))
