"""Text lost when the app is killed (SIGKILL) during steady typing, printed as JSON.

Each run starts the real window on a fresh data folder (tests/support/steady_typist.py
types 8 characters a second and never pauses), kills it after a random 2.5–6 s of typing,
then reads what the database kept. Goal (issue 12): 0 characters lost that were on screen
for more than 2 s. The figure next to it, everything typed but not saved, is bounded by the
autosave's maximum wait (about 8 characters).

    python benchmarks/bench_sigkill_typing.py [--kills 20]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TYPIST = ROOT / "tests" / "support" / "steady_typist.py"


def one_kill(seconds: float) -> tuple[int, int, int]:
    """(characters typed, lost in all, lost that were older than 2 s) of one run."""
    from knigge_desktop.core.drafts import DraftStore

    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen(
            [sys.executable, str(TYPIST), str(data_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None and child.stderr is not None
        typed_at: list[float] = []
        first = None
        while first is None or time.monotonic() - first < seconds:
            line = child.stdout.readline()
            if not line.startswith("TYPED"):
                child.kill()
                raise SystemExit(f"the typist stopped: {child.stderr.read()[-2000:]}")
            typed_at.append(float(line.split()[2]))
            first = first or typed_at[0]
        killed_at = time.monotonic()
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        store = DraftStore.open(data_dir / "drafts.sqlite3")
        kept = max((len(d.text) for d in store.all_drafts()), default=0)
        store.close()
    old = sum(1 for moment in typed_at if moment < killed_at - 2.0)
    return len(typed_at), len(typed_at) - kept, max(0, old - kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    args = parser.parse_args()
    rng = random.Random(12)
    runs = [one_kill(rng.uniform(2.5, 6.0)) for _ in range(args.kills)]
    report = {
        "kills": args.kills,
        "characters_typed": sum(r[0] for r in runs),
        "characters_lost": sum(r[1] for r in runs),
        "characters_lost_older_than_2_s": sum(r[2] for r in runs),
        "most_lost_in_one_kill": max(r[1] for r in runs),
        "goal": "characters_lost_older_than_2_s == 0",
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
