"""Use cases: load what the rule needs, ask the domain, persist with audit entry and event.

Services flush; they never commit: the request's unit of work does, rows, audit and events together.
"""
