"""`python -m eternal`: the same as the `eternal` command."""

from eternal.cli import main

raise SystemExit(main())
