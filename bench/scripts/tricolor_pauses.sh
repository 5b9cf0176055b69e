#!/usr/bin/env bash
# Issue 6's pause benchmark: tricolor's cycle pauses at 64 MiB and 1 GiB of live data, per mode and barrier,
# with the TricolorPauses harness (docs/PERFORMANCE.md, "Tricolor"). About 3 minutes per configuration line.
#
#   bench/scripts/tricolor_pauses.sh [OUT_DIR] [JAR]
#
# Host JVM flags, and why:
#   -Xms5g -Xmx5g -XX:+AlwaysPreTouch   the simulated heaps (128 MiB and 2 GiB long[]s) are touched before timing
#   -XX:+UseSerialGC                    the host collector has no concurrent threads competing for the two CPUs
#   -XX:GuaranteedSafepointInterval=0   no periodic host "Cleanup" safepoint (about 1 ms here, seen with
#                                       -Xlog:safepoint): a host safepoint stops the simulated mutator and collector
#                                       thread alike and would be counted into whichever gclab pause it hit
#   -XX:CompileThresholdScaling=0.05    the host JIT compiles after a twentieth of its usual call counts, so the
#                                       pause code (called once or twice a cycle) reaches C2 during the warm-up:
#                                       at the usual thresholds it was still in C1's profiling tiers, and the
#                                       policy's tier changes landed in measured pauses, always the same ones
#                                       (-XX:+PrintCompilation: Tricolor.lambda$scanRoots made not entrant at the
#                                       very millisecond a 1 GiB Init Mark spent 0.048 ms marking 2 roots)
# The host's own safepoints are logged to OUT_DIR/*.safepoint.log, so any overlap can still be checked.
# Warm-up: 1000 cycles at 2 MiB live compile the pause code; 20 cycles at 64 MiB let the host JIT finish
# recompiling the first measured size's paths (without them, C2 compiled the collector thread's loop during the
# first measured seconds: a third busy thread on two CPUs, and 4 ms run-queue waits for the other two). At each
# measured size the first 2 cycles run uncounted (--discard-cycles: steady state, as JMH's warm-up iterations; the
# harness prints their longest pause apart): the first Remarks at 1 GiB took 0.04-0.06 ms where the rest took 0.017.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-tricolor-pauses-$(date +%Y%m%dT%H%M%S)}"
jar="${2:-$root/bench/target/benchmarks.jar}"
mkdir -p "$out"
configs=(
  "-o mode=concurrent -o barrier=satb"
  "-o mode=concurrent -o barrier=dijkstra"
  "-o mode=concurrent -o barrier=hybrid"
  "-o mode=concurrent -o barrier=satb -o safepoint-spin=0"
  "-o mode=incremental -o barrier=satb"
  "-o mode=incremental -o barrier=dijkstra"
  "-o mode=incremental -o barrier=hybrid"
)
for c in "${configs[@]}"; do
  name="$(echo "$c" | sed 's/-o //g; s/ /_/g; s/=/-/g')"
  echo "== $c (load: $(cut -d' ' -f1-3 /proc/loadavg))" | tee "$out/$name.txt"
  # shellcheck disable=SC2086
  java -Xms5g -Xmx5g -XX:+AlwaysPreTouch -XX:+UseSerialGC -XX:+UnlockDiagnosticVMOptions \
      -XX:GuaranteedSafepointInterval=0 -XX:CompileThresholdScaling=0.05 -Xlog:safepoint:file="$out/$name.safepoint.log":uptime \
      -cp "$jar" gclab.bench.pauses.TricolorPauses $c --live 64m,1g --cycles 20,8 --seconds 120 \
      --warmup-live 2m,64m --warmup-cycles 1000,20 --discard-cycles 2 >> "$out/$name.txt" 2>&1
  grep '^cycle pauses' "$out/$name.txt" || true  # one line per live size
done
echo "results in $out"
