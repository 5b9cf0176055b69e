#!/usr/bin/env python3
"""Issue 7's benchmark table: mutator time (run time less pause time, median of the repeats) under nogc,
marksweep and refcount (eager and lazy) on every workload, and the pause distribution by kind.

    python3 bench/scripts/refcount_table.py run  [OUT [JAR]]   # runs gclab compare per workload (minutes)
    python3 bench/scripts/refcount_table.py table OUT           # prints the Markdown tables from OUT

Per workload, one `gclab compare` runs all four configurations in the same host JVM, in rounds, on a heap nogc
never fills (BIG_HEAP: the collectors then differ only in what they do, not in how warm the host JIT is), and
a second runs marksweep alone on HEAP, where it collects, for its pauses. Every compare runs WARMUP untimed
and REPEAT measured runs per configuration, without charts or heap maps (a heap map after each pause would
count as mutator time). refcount's pauses do not depend on the heap size unless an allocation fails."""
import collections
import json
import glob
import os
import statistics
import subprocess
import sys

# Arguments chosen so that a run takes about 1 to 3 s under nogc on the machine of docs/PERFORMANCE.md.
WORKLOADS = [("binarytrees", "15"), ("listchurn", "200000"), ("strings", "20000"), ("hashtable", "500000"),
             ("cycles", "200000"), ("lru", "1000000"), ("fragmenter", "100000"), ("largearrays", "500000"),
             ("lrumap", "150000"), ("paths", "6000")]
BIG_HEAP = "768m"
HEAP = "32m"
REPEAT = "3"
WARMUP = "2"
COLLECTORS = "nogc,marksweep,refcount,refcount:freeing=lazy"


def run(out, jar):
    for workload, args in WORKLOADS:
        for collectors, heap, sub in ((COLLECTORS, BIG_HEAP, "all"), ("marksweep", HEAP, "ms-" + HEAP)):
            cmd = ["java", "-Xmx3g", "-jar", jar, "compare", "-w", workload, "-c", collectors, "--heap", heap,
                   "--repeat", REPEAT, "--warmup", WARMUP, "--no-charts", "--heap-map", "none",
                   "--out", os.path.join(out, sub, workload), "--", args]
            print(" ".join(cmd), flush=True)
            subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)


def label(inputs):
    opts = inputs["options"]
    return inputs["collector"] + ("".join(":%s=%s" % kv for kv in sorted(opts.items())) if opts else "")


def pct(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(q * len(values)))] if values else 0.0


def table(out):
    runs = collections.defaultdict(list)  # (workload, label) -> [result]
    for f in glob.glob(os.path.join(out, "*", "*", "*", "*", "*", "result.json")):
        d = json.load(open(f))
        small = os.path.relpath(f, out).startswith("ms-")
        runs[(d["inputs"]["workload"], label(d["inputs"]) + (" " + HEAP if small else ""))].append(d)
    order = ["nogc", "marksweep", "refcount", "refcount:freeing=lazy"]
    print("| workload | args | nogc ms | marksweep ms | refcount ms | × nogc | lazy ms | × nogc | "
          "refcount pauses | pause ms | run ms | marksweep %s pause ms |" % HEAP)
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for workload, args in WORKLOADS:
        mut = {}
        for c in order:
            rs = runs.get((workload, c), [])
            ok = [r for r in rs if r["outcome"]["exitStatus"] == 0 and not r["outcome"]["error"]]
            mut[c] = statistics.median([(r["outcome"]["runNanos"] - r["pauses"]["totalNanos"]) / 1e6 for r in ok]) \
                if ok else None
        rc = [r for r in runs.get((workload, "refcount"), [])]
        pauses = statistics.median([r["counts"]["pauses"] for r in rc]) if rc else 0
        total = statistics.median([r["pauses"]["totalNanos"] / 1e6 for r in rc]) if rc else 0
        run_ms = statistics.median([r["outcome"]["runNanos"] / 1e6 for r in rc]) if rc else 0
        ms = runs.get((workload, "marksweep " + HEAP), [])
        ms_pause = statistics.median([r["pauses"]["totalNanos"] / 1e6 for r in ms]) if ms else 0
        f = lambda v: "–" if v is None else "%.0f" % v
        x = lambda v: "–" if v is None or not mut["nogc"] else "%.2f" % (v / mut["nogc"])
        print("| %s | %s | %s | %s | %s | %s | %s | %s | %d | %.0f | %.0f | %.0f |" % (
            workload, args, f(mut["nogc"]), f(mut["marksweep"]), f(mut["refcount"]), x(mut["refcount"]),
            f(mut["refcount:freeing=lazy"]), x(mut["refcount:freeing=lazy"]), pauses, total, run_ms, ms_pause))
    print()
    print("| workload | collector | kind | pauses | p50 ms | p99 ms | max ms | total ms |")
    print("|---|---|---|---|---|---|---|---|")
    for workload, _ in WORKLOADS:
        for c in ("marksweep " + HEAP, "refcount", "refcount:freeing=lazy"):
            by = collections.defaultdict(list)
            rs = runs.get((workload, c), [])
            for r in rs:
                for e in r["pauseEvents"]:
                    by[e["kind"]].append(e["durationNanos"] / 1e6)
            for kind in ("CASCADE", "CYCLE_COLLECTION", "FULL"):
                v = by.get(kind)
                if v:
                    print("| %s | %s | %s | %.0f | %.2f | %.2f | %.2f | %.0f |" % (
                        workload, c, kind.replace("_", " ").title(), len(v) / len(rs), pct(v, .5), pct(v, .99),
                        max(v), sum(v) / len(rs)))


if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in ("run", "table"):
        print(__doc__)
        sys.exit(2)
    out = sys.argv[2] if len(sys.argv) > 2 else "gclab-out/refcount-table"
    if sys.argv[1] == "run":
        run(out, sys.argv[3] if len(sys.argv) > 3 else "bench/target/gclab.jar")
    table(out)
