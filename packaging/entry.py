"""Entry point of the PyInstaller bundle: the same `main` as the `knigge-desktop` script."""

import sys

from knigge_desktop.cli import main

sys.exit(main())
