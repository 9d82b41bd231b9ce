"""The evaluation harness: gold annotations, matching rules, the perturbation tool.

- `scoring`: pure matching and counting (predicted vs gold), no I/O, unit-tested exactly.
- `gold`: loading the small JSON gold files and the texts they point to.
- `perturb`: plants seeded misspellings of frequent names into a text, in memory.
- `run`: `make eval`, prints precision/recall/F1 per task and the targets.
"""
