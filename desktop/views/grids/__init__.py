"""The editing grids: models over plain rows, one table view with Excel-like keys, undo commands."""
