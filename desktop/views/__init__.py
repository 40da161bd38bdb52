"""Qt widgets, grid models and dialogs. The only layer that imports Qt widgets."""
