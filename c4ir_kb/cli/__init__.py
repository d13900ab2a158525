"""The command line: `app` is the `c4ir-kb` entry point (pyproject's [project.scripts])."""

from c4ir_kb.cli.app import app

__all__ = ["app"]
