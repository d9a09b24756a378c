"""Speed and memory of the demo archive generator (pressroom.demo).

    .venv/bin/python bench/bench_demo.py --quick     # 10,000 events (the default)
    .venv/bin/python bench/bench_demo.py --full      # 100,000 events
    .venv/bin/python bench/bench_demo.py --events N

Each measurement runs in a fresh child process, so its peak resident memory
(``ru_maxrss``) belongs to that generation alone; "growth" is the peak minus the
memory the process held after importing the generator, and stays flat however
many events are made. Documents/s counts every yielded document (English and
Russian) per second of the child's CPU time, so other load on the machine does
not lower it. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def _maxrss_kib() -> int:
    import resource

    # Linux reports kibibytes.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def measure(events: int, extras: bool) -> dict[str, float]:
    """Generate ``events`` events in this process; what it took."""
    from pressroom.demo import generate_documents

    baseline = _maxrss_kib()
    documents = transcripts = turns = 0
    cpu = time.process_time()
    wall = time.perf_counter()
    for doc in generate_documents(events, seed=0, extras=extras):
        documents += 1
        if doc.body and doc.turns:
            transcripts += 1
            turns += len(doc.turns)
    cpu = time.process_time() - cpu
    wall = time.perf_counter() - wall
    peak = _maxrss_kib()
    return {
        "documents": documents,
        "transcripts": transcripts,
        "turns": turns,
        "cpu": cpu,
        "wall": wall,
        "peak_mib": peak / 1024,
        "growth_mib": (peak - baseline) / 1024,
    }


def _in_child(events: int, extras: bool) -> dict[str, float]:
    args = [sys.executable, __file__, "--child", str(events)]
    if extras:
        args.append("--extras")
    done = subprocess.run(args, capture_output=True, text=True, check=True, cwd=ROOT)
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_const", const=10_000, dest="events")
    size.add_argument("--full", action="store_const", const=100_000, dest="events")
    size.add_argument("--events", type=int)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--extras", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        print(json.dumps(measure(args.child, args.extras)))
        return 0
    events = args.events or 10_000
    print(f"Demo generator, {events:,} events, seed 0, one child process per row.")
    print()
    print("| documents | extras | transcripts | turns | CPU s | documents/s | peak RSS | growth |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|")
    for extras in (False, True):
        r = _in_child(events, extras)
        print(
            f"| {r['documents']:,.0f} | {'yes' if extras else 'no'} | {r['transcripts']:,.0f} "
            f"| {r['turns']:,.0f} | {r['cpu']:.1f} | {r['documents'] / r['cpu']:,.0f} "
            f"| {r['peak_mib']:.0f} MiB | {r['growth_mib']:.1f} MiB |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
