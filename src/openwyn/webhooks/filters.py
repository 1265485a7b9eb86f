"""Subscription filters in CEL (records-events.md §3): compiled when a subscription is saved,
evaluated once per event with a bounded cost.

The cost bound has two halves. When saved, an expression may be at most `MAX_BYTES` long and
nest brackets at most `MAX_NESTING` deep, both measured on its text before the parser sees it,
with every string literal closed (the lexer's pattern for a literal never closed backtracks
exponentially over its backslashes); parsed, it may hold at most `MAX_TOKENS` tokens, nest at
most `MAX_TREE_DEPTH` levels (the evaluator recurses once a level) and nest comprehension
macros (`all`, `exists`, `map`, ...) at most `MAX_MACRO_DEPTH` deep. When run, every
evaluation step counts against `MAX_STEPS`, comprehension bodies included, so a macro over a
long list in the event stops with an error instead of running on; an expression that errors
does not match its event. `matches()` uses RE2 (linear time) through cel-python. Whatever an
evaluation raises (an error of the expression, or a RecursionError or MemoryError of an
expression saved before these bounds) is a FilterError of that one event.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import celpy
import lark
from celpy import celtypes
from celpy.adapter import json_to_cel
from celpy.evaluation import CELEvalError, Context, Evaluator

from openwyn.kit.articles import indefinite

Tree = lark.Tree[Any]

MAX_BYTES = 4096
# Brackets ((), [], {}) open at once. Sensible filters nest a few levels; each level costs the
# evaluator about 50 Python frames, and 50 levels exhausted the default stack of 1,000 frames.
MAX_NESTING = 12
MAX_TOKENS = 300
# Levels of the parsed tree. The evaluator spends about 6 frames a level, and cel-python sets
# the interpreter's limit to 2,500: 200 levels keep an evaluation within half of it. A binary
# chain (`a + b + ...`) adds a level an operator, so this bounds what the others allow.
MAX_TREE_DEPTH = 200
MAX_MACRO_DEPTH = 2
MAX_STEPS = 10_000
_MACROS = frozenset({"all", "exists", "exists_one", "map", "filter"})


class FilterError(ValueError):
    """The expression does not compile, or failed on an event."""


class _OverBudget(Exception):
    pass


class _BudgetedEvaluator(Evaluator):
    """cel-python's evaluator, counting its steps against one budget shared with the
    evaluators it builds for macro bodies."""

    def __init__(self, ast: Tree, activation: Any, budget: list[int]) -> None:
        super().__init__(ast, activation=activation)
        self.budget = budget

    def _visit_tree(self, tree: Tree) -> Any:  # every node's visit goes through here
        self.budget[0] -= 1
        if self.budget[0] < 0:
            raise _OverBudget()
        return super()._visit_tree(tree)

    def sub_evaluator(self, ast: Tree) -> Evaluator:
        return _BudgetedEvaluator(ast, self.activation, self.budget)


class _BudgetedRunner(celpy.InterpretedRunner):
    def evaluate(self, context: Context) -> celtypes.Value:
        evaluator = _BudgetedEvaluator(self.ast, self.new_activation(), [MAX_STEPS])
        try:
            return evaluator.evaluate(context)
        except _OverBudget:
            raise FilterError(f"evaluation took more than {MAX_STEPS} steps") from None


@lru_cache(maxsize=1024)
def compile_filter(expression: str) -> celpy.Runner:
    """The runnable filter, or FilterError saying why the expression is refused."""
    _check_text(expression)
    environment = celpy.Environment()
    try:
        tree = environment.compile(expression)
    except Exception as bad:  # cel-python raises its parse errors as several types
        first_line = str(bad).splitlines()[0] if str(bad) else "is not valid CEL"
        raise FilterError(f"is not valid CEL: {first_line}") from None
    _check_size(tree)
    return _BudgetedRunner(environment, tree)


def _check_text(expression: str) -> None:
    """Refuse an expression too long, nested too deep, or with a string literal left open,
    before the parser sees it: the parser and the evaluator recurse once per level of nesting,
    and the lexer's pattern for a string literal backtracks exponentially over the
    backslashes of one that is never closed."""
    size = len(expression.encode())
    if size > MAX_BYTES:
        raise FilterError(f"is {size} bytes long; at most {MAX_BYTES} are allowed")
    if _nesting(expression) > MAX_NESTING:
        raise FilterError(f"nests brackets more than {MAX_NESTING} deep")


_OPENING = frozenset("([{")
_CLOSING = frozenset(")]}")
_QUOTES = frozenset("'\"")


def _nesting(expression: str) -> int:
    """How deep brackets nest outside string literals, in one pass over the text. A string
    literal ends at the first unescaped quote that closes it, as cel-python's lexer ends it;
    one that is not closed (a one-line literal that meets a line break) is refused. Unbalanced
    brackets are left to the parser, which refuses them."""
    deepest = depth = 0
    at = 0
    while at < len(expression):
        char = expression[at]
        if char in _QUOTES:
            at = _after_string(expression, at)
            continue
        if char in _OPENING:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSING:
            depth -= 1
        at += 1
    return deepest


def _after_string(expression: str, start: int) -> int:
    """Where the string literal opening at `start` ends (just past its closing quote)."""
    quote = expression[start]
    delimiter = quote * 3 if expression.startswith(quote * 3, start) else quote
    at = start + len(delimiter)
    while at < len(expression):
        char = expression[at]
        if char == "\n" and len(delimiter) == 1:
            break
        if char == "\\":
            if expression[at + 1 : at + 2] == "\n" and len(delimiter) == 1:
                break
            at += 2  # an escaped character, a quote included
        elif expression.startswith(delimiter, at):
            return at + len(delimiter)
        else:
            at += 1
    raise FilterError("has a string literal that is not closed")


def _check_size(tree: Tree) -> None:
    tokens = sum(1 for _ in tree.scan_values(lambda value: isinstance(value, lark.Token)))
    if tokens > MAX_TOKENS:
        raise FilterError(f"has {tokens} tokens; at most {MAX_TOKENS} are allowed")
    if _tree_depth(tree) > MAX_TREE_DEPTH:
        raise FilterError(f"nests more than {MAX_TREE_DEPTH} levels deep once parsed")
    if _macro_depth(tree) > MAX_MACRO_DEPTH:
        raise FilterError(f"nests comprehension macros more than {MAX_MACRO_DEPTH} deep")


def _tree_depth(tree: Tree) -> int:
    """The parsed tree's depth, walked without recursing."""
    deepest = 0
    waiting = [(tree, 1)]
    while waiting:
        node, depth = waiting.pop()
        deepest = max(deepest, depth)
        waiting += [(child, depth + 1) for child in node.children if isinstance(child, lark.Tree)]
    return deepest


def _macro_depth(tree: Tree) -> int:
    below = max(
        (_macro_depth(child) for child in tree.children if isinstance(child, lark.Tree)), default=0
    )
    return below + 1 if _is_macro_call(tree) else below


def _is_macro_call(tree: Tree) -> bool:
    if tree.data != "member_dot_arg" or len(tree.children) < 2:
        return False
    name = tree.children[1]
    return isinstance(name, lark.Token) and name.value in _MACROS


def matches(expression: str, event: dict[str, Any]) -> bool:
    """Whether `event` (the webhook payload, as `event` in the expression) passes the filter.

    Raises FilterError when the expression errors on this event or does not give a boolean.
    """
    try:
        program = compile_filter(expression)
        result = program.evaluate({"event": json_to_cel(event)})
    except FilterError:
        raise
    except CELEvalError as error:
        raise FilterError(f"failed on this event: {error.args[0]}") from None
    except Exception as error:
        # An expression saved before today's bounds, or a fault of the evaluator: whatever
        # it is, it costs this event its delivery and never the worker that evaluates it.
        raise FilterError(f"could not be evaluated: {type(error).__name__}") from None
    if not isinstance(result, celtypes.BoolType):
        raise FilterError(f"gave {indefinite(type(result).__name__)}, not a boolean")
    return bool(result)
