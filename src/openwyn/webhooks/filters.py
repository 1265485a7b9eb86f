"""Subscription filters in CEL (records-events.md §3): compiled when a subscription is saved,
evaluated once per event with a bounded cost.

The cost bound has two halves. When saved, an expression may hold at most `MAX_TOKENS` tokens
and nest comprehension macros (`all`, `exists`, `map`, ...) at most `MAX_MACRO_DEPTH` deep. When
run, every evaluation step counts against `MAX_STEPS`, comprehension bodies included, so a
macro over a long list in the event stops with an error instead of running on; an expression
that errors does not match its event. `matches()` uses RE2 (linear time) through cel-python.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import celpy
import lark
from celpy import celtypes
from celpy.adapter import json_to_cel
from celpy.evaluation import CELEvalError, Context, Evaluator

Tree = lark.Tree[Any]

MAX_TOKENS = 300
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
    environment = celpy.Environment()
    try:
        tree = environment.compile(expression)
    except Exception as bad:  # cel-python raises its parse errors as several types
        first_line = str(bad).splitlines()[0] if str(bad) else "is not valid CEL"
        raise FilterError(f"is not valid CEL: {first_line}") from None
    _check_size(tree)
    return _BudgetedRunner(environment, tree)


def _check_size(tree: Tree) -> None:
    tokens = sum(1 for _ in tree.scan_values(lambda value: isinstance(value, lark.Token)))
    if tokens > MAX_TOKENS:
        raise FilterError(f"has {tokens} tokens; at most {MAX_TOKENS} are allowed")
    if _macro_depth(tree) > MAX_MACRO_DEPTH:
        raise FilterError(f"nests comprehension macros more than {MAX_MACRO_DEPTH} deep")


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
    program = compile_filter(expression)
    try:
        result = program.evaluate({"event": json_to_cel(event)})
    except CELEvalError as error:
        raise FilterError(f"failed on this event: {error.args[0]}") from None
    if not isinstance(result, celtypes.BoolType):
        raise FilterError(f"gave a {type(result).__name__}, not a boolean")
    return bool(result)
