"""Measurements of Continuity that are reports, not tests.

`make bench` (`python -m benchmarks.run`) times the analysis against baselines measured in the
same run; `make eval` (`python -m benchmarks.eval.run`) scores its findings against gold
annotations. Both read Emma from ../shared/corpus/emma.txt (never copied into the repository)
and skip the figures that need it, with a reason, when it is absent.
"""
