"""Several workers' metrics: a worker that died without shutting down stops counting."""

import os
import subprocess
import sys
from pathlib import Path

from app.edge.metrics import forget_dead_workers


def a_pid_that_has_exited() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_the_live_gauges_of_a_dead_worker_are_forgotten_and_a_live_ones_kept(tmp_path: Path) -> None:
    dead, alive = a_pid_that_has_exited(), os.getpid()
    for pid in (dead, alive):
        (tmp_path / f"gauge_livesum_{pid}.db").write_bytes(b"")
    (tmp_path / f"counter_{dead}.db").write_bytes(b"")  # counters keep what the dead worker counted
    forget_dead_workers(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [f"counter_{dead}.db", f"gauge_livesum_{alive}.db"]
    )
