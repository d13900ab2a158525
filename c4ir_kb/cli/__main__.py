"""`python -m c4ir_kb.cli`, as the tests and the nightly job call it."""

from c4ir_kb.cli.app import app

app()
