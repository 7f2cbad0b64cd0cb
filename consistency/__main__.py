"""`python -m consistency` runs the command-line tool."""

from .cli import main

main()
