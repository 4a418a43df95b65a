"""Run the examples in README.md and docs/*.md as tests (Sybil).

```` ```pycon ```` fences are examples with ``>>>`` prompts and their output, run as
doctests; ```` ```python ```` fences are code, run as it is. The site highlights a
pycon fence as a console session, so that its copy button leaves out the prompts and
the output. tests/docs/test_docs.py refuses fences that would be skipped silently.
"""

from __future__ import annotations

from doctest import ELLIPSIS, NORMALIZE_WHITESPACE

from sybil import Sybil
from sybil.evaluators.python import PythonEvaluator
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser

FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE


class ConsoleBlockParser(PythonCodeBlockParser):
    """```` ```pycon ```` fences, run as doctests as a python fence of prompts is."""

    def __init__(self) -> None:
        super().__init__(doctest_optionflags=FLAGS)
        self.codeblock_parser = CodeBlockParser("pycon", PythonEvaluator(()))


pytest_collect_file = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=FLAGS),
        ConsoleBlockParser(),
        SkipParser(),
    ],
    patterns=["*.md"],
).pytest()
