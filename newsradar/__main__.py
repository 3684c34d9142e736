from newsradar.cli import main

raise SystemExit(main())
