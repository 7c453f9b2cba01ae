#!/usr/bin/python3
"""Code stories on a Dask cluster and load them into one dyad store.

    scripts/dask_ingest.py INPUT... --db STORE [--scheduler ADDRESS | --workers N]

The inputs are what `dyad ingest` takes (files, directories). JSON Lines files
(.jsonl, .ndjson, .json) are cut into partitions of about --partition-mb MB on
line boundaries and sent to the workers as bytes, so workers need no shared
file system for them; every other file (text, HTML, RSS/Atom) is sent by path,
so workers must see the same paths (a LocalCluster, or a shared file system).
Each worker runs `dyad code --stories` on its partition; this process loads the
coded stories into STORE with `dyad load`, in input order, so the store holds
the same stories and events a single `dyad ingest` of the same inputs gives
(events are merged across stories as ingest merges them).

--workers N starts a LocalCluster of N worker processes on loopback (one
thread each); --scheduler joins a running cluster whose workers have dyad
installed (--dyad names the binary on them). Uses Debian's python3-distributed:
run it with /usr/bin/python3. Exit status: dyad load's (0 all stored, 1 some
input rejected), 2 for a usage error.
"""

import argparse
import os
import subprocess
import sys

JSON_LINES = (".jsonl", ".ndjson", ".json")


def input_files(paths):
    """The files under `paths` in the order dyad ingest reads them: each
    argument in turn, a directory's regular files (links to files included,
    links to directories not followed) sorted by path."""
    for path in paths:
        if os.path.isdir(path):
            found = []
            for top, dirs, names in os.walk(path, followlinks=False):
                for name in names:
                    full = os.path.join(top, name)
                    if os.path.isfile(full):
                        found.append(full)
            yield from sorted(found, key=os.fsencode)
        else:
            yield path


def partitions(paths, partition_bytes):
    """(kind, origin, first_line, payload) in input order: kind "lines" with a
    piece of a JSON Lines file, or "paths" with a run of other files."""
    run, run_bytes = [], 0
    for path in input_files(paths):
        if path.lower().endswith(JSON_LINES) and os.path.isfile(path):
            if run:
                yield ("paths", None, 0, run)
                run, run_bytes = [], 0
            with open(path, "rb") as f:
                first_line, piece, line_no = 1, [], 0
                size = 0
                for line in f:
                    line_no += 1
                    piece.append(line)
                    size += len(line)
                    if size >= partition_bytes:
                        yield ("lines", path, first_line, b"".join(piece))
                        first_line, piece, size = line_no + 1, [], 0
                if piece:
                    yield ("lines", path, first_line, b"".join(piece))
        else:
            run.append(path)
            try:
                run_bytes += os.path.getsize(path)
            except OSError:
                pass  # dyad reports it
            if run_bytes >= partition_bytes:
                yield ("paths", None, 0, run)
                run, run_bytes = [], 0
    if run:
        yield ("paths", None, 0, run)


def code_partition(dyad, data, kind, origin, first_line, payload):
    """Runs on a worker: `dyad code --stories` on one partition. Returns the
    coded stories (bytes), dyad's messages and its exit status."""
    command = [dyad, "code", "--stories", "--threads", "1"]
    if data:
        command += ["--data", data]
    if kind == "lines":
        command += ["--origin", origin, "--first-line", str(first_line)]
        done = subprocess.run(command, input=payload, capture_output=True)
    else:
        done = subprocess.run(command + list(payload), stdin=subprocess.DEVNULL, capture_output=True)
    return done.stdout, done.stderr.decode("utf-8", "replace"), done.returncode


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", metavar="INPUT")
    parser.add_argument("--db", required=True, help="the store: a SQLite file or a postgresql:// URI")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", help="address of a running Dask scheduler (tcp://host:8786)")
    where.add_argument("--workers", type=int, default=2, help="start a LocalCluster of N workers (default 2)")
    parser.add_argument("--partition-mb", type=float, default=8.0, help="MB of stories per task (default 8)")
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument("--dyad", default=os.environ.get("DYAD_BIN", os.path.join(here, "..", "build", "dyad")),
                        help="the dyad binary (on the workers too; default build/dyad or $DYAD_BIN)")
    parser.add_argument("--data", default=os.environ.get("DYAD_DATA", ""), help="dictionary directory")
    parser.add_argument("--quiet", action="store_true", help="no summary")
    args = parser.parse_args()
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    dyad = os.path.abspath(args.dyad) if os.path.exists(args.dyad) else args.dyad

    from dask.distributed import Client, LocalCluster  # Debian's python3-distributed

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)

    load = subprocess.Popen([dyad, "load", "--db", args.db, "-"] + (["--quiet"] if args.quiet else []),
                            stdin=subprocess.PIPE)
    status = 0
    try:
        # At most a few partitions per worker in flight: memory stays bounded
        # however large the input, and results are loaded in input order.
        window = max(2, 3 * len(client.scheduler_info()["workers"]))
        pending = []
        parts = partitions(args.inputs, int(args.partition_mb * 1e6))
        exhausted = False
        while pending or not exhausted:
            while not exhausted and len(pending) < window:
                part = next(parts, None)
                if part is None:
                    exhausted = True
                else:
                    kind, origin, first_line, payload = part
                    if kind == "lines":  # megabytes: sent to a worker directly, not through the scheduler
                        payload = client.scatter(payload)
                    pending.append(client.submit(code_partition, dyad, args.data, kind, origin, first_line, payload,
                                                 pure=False))
            if not pending:
                break
            coded, messages, code = pending.pop(0).result()
            if messages:
                sys.stderr.write(messages)
            if code != 0:
                status = 1
            load.stdin.write(coded)
    finally:
        load.stdin.close()
        load_status = load.wait()
        client.close()
        if cluster is not None:
            cluster.close()
    return max(status, load_status)


if __name__ == "__main__":
    sys.exit(main())
