"""Entry script of the frozen app (PyInstaller): the same `main` as the `perfdesk` command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
