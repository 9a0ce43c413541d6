from eternal.cli import main

raise SystemExit(main())
