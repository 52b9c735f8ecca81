"""newsclean's benchmark: scoring, peers, speed, the regression gate and reports.

Run from the repository root::

    python -m benchmarks.run            # table, JSON and charts in benchmarks/results/
    python -m benchmarks.gate           # check precision/recall floors
    python -m benchmarks.report         # per-label removals, blamed passes, worst pages
    python -m benchmarks.diff [OLD [NEW]]   # lines whose verdict changed

See benchmarks/README.md.
"""
