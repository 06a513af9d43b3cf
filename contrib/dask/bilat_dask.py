#!/usr/bin/env python3
"""Map `bilat extract` over shards on a Dask distributed cluster, reduce with `bilat merge`.

    contrib/dask/bilat_dask.py INPUT.jsonl... -o OUTDIR --workdir SHARED_DIR
        [--scheduler tcp://host:8786 | --local-workers N] [--pair A,B] [--kb FILE]...
        [--shard-mb 64] [--fanin 8] [--bilat PATH]

The output is byte-identical to `bilat build INPUT.jsonl... -o OUTDIR` (tests/e2e/dask.sh checks
this on a LocalCluster of two workers).

1. Split: the JSON Lines inputs are cut into shards of about --shard-mb MB in WORKDIR/shards. A
   line without an "id" gets the id `bilat build` would give it (`PATH:LINE`), so document ids,
   and with them the output, do not depend on the sharding.
2. Map: one task per shard runs `bilat extract SHARD -o WORKDIR/facts/SHARD.jsonl --jobs 1`.
3. Reduce, as a tree: groups of --fanin fact files are combined with
   `bilat merge ... --facts OUT.jsonl` (duplicates dropped, facts kept compact) until at most
   --fanin remain; the root task runs `bilat merge ... -o OUTDIR`, which resolves entities and
   years over the whole corpus in bounded memory.

WORKDIR and OUTDIR must be on a file system every worker sees (NFS, a cluster file system, or one
machine); `bilat` must be installed on every worker (or give --bilat). Requires python3-distributed
(Debian/Ubuntu package) or `pip install distributed`.
"""
import argparse
import json
import os
import subprocess
import sys


def run(cmd):
    """Runs one bilat command on a worker; returns (exit status, stderr)."""
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode >= 2:
        raise RuntimeError("%s failed (%d): %s" % (" ".join(cmd), p.returncode, p.stderr))
    return p.returncode, p.stderr


def extract(bilat, kb, shard, out):
    cmd = [bilat, "extract", shard, "-o", out, "--jobs", "1"]
    for k in kb:
        cmd += ["--kb", k]
    status, err = run(cmd)
    return out, status, err


def _fold(results, out, status, err):
    """Carries the worst exit status and every diagnostic up the tree."""
    return (out, max([status] + [r[1] for r in results]), "".join(r[2] for r in results) + err)


def combine(bilat, kb, results, out):
    """Merges the fact files named by `results` (outputs of the tasks below) into `out`."""
    cmd = [bilat, "merge"] + [r[0] for r in results] + ["--facts", out]
    for k in kb:
        cmd += ["--kb", k]
    status, err = run(cmd)
    return _fold(results, out, status, err)


def final_merge(bilat, kb, pair, results, outdir):
    cmd = [bilat, "merge"] + [r[0] for r in results] + ["-o", outdir]
    if pair:
        cmd += ["--pair", pair]
    for k in kb:
        cmd += ["--kb", k]
    status, err = run(cmd)
    return _fold(results, outdir, status, err)


def split(inputs, shard_dir, shard_bytes):
    """Cuts the JSONL inputs into shards; returns their paths."""
    os.makedirs(shard_dir, exist_ok=True)
    shards, out, size = [], None, 0
    for path in inputs:
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                if not line.strip():
                    continue
                if b'"id"' not in line:
                    try:
                        obj = json.loads(line)
                        if isinstance(obj, dict) and not obj.get("id"):
                            obj["id"] = "%s:%d" % (path, n)
                            line = (json.dumps(obj, ensure_ascii=False) + "\n").encode()
                    except ValueError:
                        pass  # bilat extract reports it
                if out is None or size >= shard_bytes:
                    if out:
                        out.close()
                    shards.append(os.path.join(shard_dir, "shard-%05d.jsonl" % len(shards)))
                    out, size = open(shards[-1], "wb"), 0
                if not line.endswith(b"\n"):
                    line += b"\n"
                out.write(line)
                size += len(line)
    if out:
        out.close()
    return shards


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", help="JSON Lines article files")
    ap.add_argument("-o", "--output", required=True, help="output folder (shared)")
    ap.add_argument("--workdir", required=True, help="shared folder for shards and facts")
    ap.add_argument("--scheduler", help="address of a running dask scheduler")
    ap.add_argument("--local-workers", type=int, default=2,
                    help="without --scheduler: start a LocalCluster of N workers [2]")
    ap.add_argument("--pair", default="")
    ap.add_argument("--kb", action="append", default=[])
    ap.add_argument("--shard-mb", type=float, default=64)
    ap.add_argument("--fanin", type=int, default=8)
    ap.add_argument("--bilat", default=os.environ.get("BILAT", "bilat"))
    args = ap.parse_args()
    from dask.distributed import Client, LocalCluster

    bilat = os.path.abspath(args.bilat) if os.path.sep in args.bilat else args.bilat
    workdir = os.path.abspath(args.workdir)
    outdir = os.path.abspath(args.output)
    kb = [os.path.abspath(k) for k in args.kb]
    # Paths as given: a line without an id is named PATH:LINE, as `bilat build PATH` names it.
    shards = split(args.inputs, os.path.join(workdir, "shards"), int(args.shard_mb * 1e6))
    facts_dir = os.path.join(workdir, "facts")
    os.makedirs(facts_dir, exist_ok=True)
    if args.scheduler:
        client, cluster = Client(args.scheduler), None
    else:
        cluster = LocalCluster(n_workers=args.local_workers, threads_per_worker=1,
                               processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        level = [client.submit(extract, bilat, kb, s,
                               os.path.join(facts_dir, os.path.basename(s)), pure=False)
                 for s in shards]
        depth = 0
        while len(level) > args.fanin:
            depth += 1
            level = [client.submit(combine, bilat, kb, level[g:g + args.fanin],
                                   os.path.join(facts_dir, "merged-%d-%05d.jsonl" % (depth, g)),
                                   pure=False)
                     for g in range(0, len(level), args.fanin)]
        root = client.submit(final_merge, bilat, kb, args.pair, level, outdir, pure=False)
        _, status, err = root.result()
        sys.stderr.write(err)
        return status
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
