"""The mandate rules as pure code.

Nothing here imports a web framework, an ORM or does I/O: functions take plain values
(frozen dataclasses, enums, dates), return decisions and findings, and raise
`RuleBroken` carrying the rule IDs of `MANDATE.md`. Time comes in as an argument.
"""
