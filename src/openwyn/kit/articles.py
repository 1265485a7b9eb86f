"""The indefinite article a noun takes in a message: "a client", "an industry"."""

from __future__ import annotations

# Words whose first letter misleads: a vowel sounded as "you" or "one", a silent "h".
_A_BEFORE = ("uni", "use", "usu", "uti", "one", "eu")
_AN_BEFORE = ("hour", "honest", "honour", "honor")


def indefinite(noun: str) -> str:
    """`noun` after "a" or "an", as it is pronounced: "an industry", "a user", "an int64"."""
    word = noun.lower()
    if word.startswith(_AN_BEFORE):
        return f"an {noun}"
    if word.startswith(_A_BEFORE):
        return f"a {noun}"
    return f"{'an' if word[:1] in ('a', 'e', 'i', 'o', 'u') else 'a'} {noun}"


def capitalized(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]
