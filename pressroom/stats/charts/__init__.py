"""Server-rendered inline SVG charts: drawn without JavaScript, titled and described.

Each builder takes a ``Table`` and returns a ``Chart``: the SVG and the table the
page prints beside it, so every figure can be read without seeing the picture.
"""

from pressroom.stats.charts.svg import Chart

__all__ = ["Chart"]
