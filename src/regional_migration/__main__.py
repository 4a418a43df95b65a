"""Run the command line: ``python -m regional_migration``."""

from __future__ import annotations

import sys

from regional_migration.cli import main

sys.exit(main())
