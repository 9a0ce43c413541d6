"""Entry point of the bundled program (PyInstaller needs a script, not a console-script entry)."""

from eternal.cli import main

raise SystemExit(main())
