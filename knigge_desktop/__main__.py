from knigge_desktop.cli import main

raise SystemExit(main())
