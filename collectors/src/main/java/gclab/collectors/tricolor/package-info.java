/**
 * <b>tricolor</b> — a non-moving, non-generational mark-sweep collector whose marking runs beside the mutator:
 * <em>concurrently</em> on a collector thread ({@code mode=concurrent}) or <em>incrementally</em> in bounded
 * steps on the mutator's own thread ({@code mode=incremental}); Dijkstra's tricolour abstraction, as CMS and
 * Go's collector use it, with a selectable write barrier and a lazy sweep over free lists.
 *
 * <pre>
 *   | heap: objects and free chunks, interleaved (free lists, as marksweep)                        |
 *   |&lt;-- swept: white objects, listed free chunks --&gt;|cursor|&lt;-- unswept: black = live, white = dead --&gt;|
 *                                                           (during a lazy sweep only)
 * </pre>
 *
 * <h2>Colours</h2>
 * White: not reached (yet). Gray: reached, its slots not yet scanned (on a worklist). Black: reached and scanned.
 * Marking turns every reachable object black; what stays white is garbage. The mutator runs while marking is
 * going on, and may hide a white object from the marker: the <b>lost-object race</b> needs both
 * <ol>
 *   <li>the mutator stores a reference to a white object W into a black object B, and</li>
 *   <li>the mutator destroys every path to W from gray objects (and the roots) that does not pass through a
 *       black object.</li>
 * </ol>
 * A write barrier prevents one of the two. The <b>strong tricolour invariant</b> forbids (1): no black object
 * ever refers to a white one. The <b>weak tricolour invariant</b> forbids (2): every white object a black object
 * refers to is still reachable from a gray object through white objects ("gray-protected").
 *
 * <h2>Phases of a cycle</h2>
 * <ol>
 *   <li><b>Pause Init Mark</b> (stop-the-world): the barrier is turned on and allocation turns black (but for
 *       dijkstra with white-allocation); the roots are shaded (dijkstra, satb: the root snapshot). Its length
 *       depends on the roots, never on the heap.</li>
 *   <li>hybrid only: <b>Pause Stack Scan</b> — the mutator's stack (its roots) is shaded at one of its
 *       safepoints; until then the stack is <em>gray</em> (see the barrier). This is Go's per-goroutine stack
 *       scan: with many mutators, no pause would stop them all to scan every stack. Incremental mode runs it at
 *       the first allocation or poll after the Init Mark, whatever {@code step-every} says, since the barrier
 *       costs more while the stack is gray.</li>
 *   <li><b>Concurrent mark</b> (collector thread, beside the mutator) or <b>incremental mark</b> (at every
 *       allocation, and every {@value Tricolor#POLLS_PER_STEP} safepoint polls, the mutator blackens up to
 *       {@code step-budget} scan units): pop a gray object, shade its referents, colour it black. The mutator's
 *       barrier shades objects into a buffer that the marker drains.</li>
 *   <li><b>Pause Remark</b> (stop-the-world), once no gray object is left: drain the barrier buffers; dijkstra
 *       rescans the roots (the stack has no barrier); trace whatever that shaded to the end; turn the barrier off.
 *       Now every object reachable from the roots is black.</li>
 *   <li><b>Lazy sweep</b> (on the mutator, in steps): the free lists are forgotten and rebuilt by a cursor that
 *       walks the heap, whitening black objects and listing runs of white and free memory, as far as an
 *       allocation needs, and besides as far as the <b>sweep pacer</b> asks (below). A new cycle starts only on a
 *       fully swept heap: if the trigger comes first, the cycle waits while every allocation sweeps a full step
 *       (below).</li>
 * </ol>
 *
 * <h2>Sweep pacing: no unrecorded stop</h2>
 * Every stop of the mutator for collector work is either bounded or a recorded pause. As Go's sweep pacer does,
 * when the sweep begins it takes the distance to the trigger, {@code headroom} = trigger words &minus; the
 * occupancy estimate (exact: the live words ahead of the cursor, see Triggering), less an eighth of it as slack,
 * and sets {@code ratio} = unswept words / distance. After each allocation, the allocations since the sweep
 * began owe {@code ceil(ratio * words allocated)} swept words; whatever the sweep has swept (paced, or on demand
 * for an allocation) counts against that, and one allocation sweeps at most {@value Tricolor#SWEEP_STEP_WORDS}
 * words (plus one chunk) of its debt, the rest carried to the next allocations. So the sweep ends when about
 * seven eighths of the headroom has been allocated, in bounded steps, and the trigger normally finds it done.
 * It does not when one allocation is larger than what is left of the headroom, when the step cap let the debt
 * grow (a large allocation owes {@code ratio} words a word), or when there is no headroom at all (the trigger is
 * due at once: in concurrent mode, or with satb and hybrid, the cycle's own black allocation can push occupancy
 * past the trigger before marking ends). Then the cycle <b>waits</b>: every allocation sweeps a full step of
 * {@value Tricolor#SWEEP_STEP_WORDS} words until the sweep ends, and the next allocation starts the cycle (the
 * heap overshoots the trigger by the allocations of {@code unswept / SWEEP_STEP_WORDS} steps, a few thousand
 * at 1 GiB). Should a cycle start on an unfinished sweep all the same (only tests do it now), the Init Mark
 * pause sweeps the rest as its phase "finish sweep", recorded. With no reachable trigger (occupancy 1.0, or
 * live data above the trigger) the pacer aims at the full heap. Sweeping on demand (the free lists cannot
 * serve an allocation: sweep until a chunk fits) is not capped; it stops at the first run that fits, so its
 * stop is bounded by the distance to a fitting run, which for a large request in a fragmented heap can be the
 * rest of the heap: the allocation's own search for memory, as in any non-moving allocator.
 * Incremental steps are not recorded as pauses (like Go's mark assists, they are work charged to the mutator);
 * their work is recorded in the concurrent phase "incremental mark". A step is bounded by its budget, counted in
 * <b>scan units</b>: one gray object blackened, or {@value Tricolor#SCAN_UNIT_WORDS} words of an object with
 * more reference slots than that (a large reference array, scanned unit by unit like Go's oblets; it stays gray,
 * off the worklist, until its last unit, and the barrier covers stores into it meanwhile as into any gray
 * object). So a step scans at most {@code step-budget} &times; {@value Tricolor#SCAN_UNIT_WORDS} slots.
 *
 * <h2>Triggering, and allocation outrunning marking</h2>
 * A cycle starts before an allocation that would push occupancy above {@code trigger-occupancy} of the heap
 * ({@code trigger=occupancy}), or, with {@code trigger=growth}, above the live words the last marking found times
 * (1 + {@code gogc}/100), Go's GOGC (at least an eighth of the heap, at most {@code trigger-occupancy}). During a
 * sweep, occupancy is estimated exactly: the swept part as listed, plus the words that were black ahead of the
 * cursor. If marking finds more live data than the trigger allows, cycles wait for an allocation failure.
 * <p>Between cycles (no marking, no sweep pending or under way) allocation takes a <b>quiet fast path</b>: the
 * slow path, after each allocation, leaves the headroom to the trigger in words, and while a request fits in it
 * the mutator only counts it down, takes memory from the free lists and formats a white object; the first request
 * that does not fit takes the full path, which tests the trigger as above. So a cycle still starts at exactly the
 * allocation that would cross the trigger, and the fast path is small enough for the host JIT to inline into the
 * interpreter (docs/PERFORMANCE.md, tricolor's sixth pass). No handshake can be pending meanwhile: the collector
 * thread asks for safepoints only inside a cycle, and only the mutator starts one.
 * <p>When the free lists cannot satisfy an allocation: sweep on until a chunk fits; if a cycle is marking,
 * {@code overrun=stall} waits for it (concurrent: the mutator waits, parked, for the collector thread;
 * incremental: the remark pause traces what is left) and sweeps, counted as an allocation stall;
 * {@code overrun=full} abandons the cycle: <b>Pause Full (Concurrent Mode Failure)</b>, counted. Failing that, a
 * stop-the-world full collection (Allocation Failure); then {@code OutOfMemoryError}. {@code System.gc()} and
 * stress mode always run one complete stop-the-world collection (whiten, mark from the roots, sweep eagerly).
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Outside a cycle and its sweep, every object is white.</li>
 *   <li>While marking: dijkstra keeps the strong invariant; satb and hybrid the weak one, and every object
 *       reachable when the roots were scanned is marked by the end (the snapshot).</li>
 *   <li>At the end of marking: no object is gray, no black object refers to a white one, every object reachable
 *       from the roots is black. In tests (Java assertions on, or {@code verify-tricolour=true}) the remark and
 *       every full collection check all three with {@link gclab.heap.verify.TricolourVerifier}; the heap
 *       verifier runs after every pause besides.</li>
 *   <li>The sweep frees only white objects, so nothing reachable is freed; an object allocated during the sweep
 *       is white and lies behind the cursor (it came from a listed chunk), so the sweep never meets it.</li>
 *   <li>The heap is parsable at every safepoint: unswept dead objects keep their headers; free chunks ahead of
 *       the cursor stay formatted, merely unlisted.</li>
 * </ul>
 *
 * <h2>The barriers (while marking; otherwise a plain store)</h2>
 * <pre>
 *   dijkstra (insertion, Dijkstra et al. 1978)       keeps the strong invariant
 *     shade(value)        // the new target is never white behind a black object: breaks condition (1)
 *     *slot = value
 *     remark: rescan the roots, trace   // stores into roots have no barrier: a white object held only by a
 *                                       // root since the roots were scanned is found here
 *     allocation: black   // allowed by the strong invariant, since every store into a new object shades its
 *                         // value too; the barrier then has nothing to shade for a new object stored (what
 *                         // most of its work is in allocation-heavy programs), as in CMS and V8; a new object
 *                         // that dies during the cycle floats to the next one
 *                         // (white-allocation=true, the textbook form: white; a new object reachable at remark
 *                         // is found by the rescan, a dead one is freed now, but every new object stored into
 *                         // another is shaded: a GC-word write and a buffer push)
 *
 *   satb (deletion, Yuasa 1990)                      keeps the weak invariant (snapshot at the beginning)
 *     shade(*slot)        // the overwritten target stays marked: no path of the snapshot is cut, so
 *                         // condition (2) cannot hold for any snapshot object
 *     *slot = value
 *     initial mark: shade the roots     // the snapshot: later root changes need no barrier and no rescan
 *     allocation: black   // a new object is not in the snapshot; nobody would scan it, and its slots hold only
 *                         // references the mutator already had, which are snapshot objects or black
 *
 *   hybrid (Clements and Hudson 2016, Go 1.8)         keeps the weak invariant; no rescan
 *     shade(*slot)        // as satb: deletion keeps the snapshot of the heap
 *     if stack is gray:   // until the stack scan, the stack is not in the snapshot: a reference the mutator
 *         shade(value)    // holds only in its stack may be stored into a black (new) object and then dropped
 *                         // from the stack, which has no barrier; shading it breaks condition (1) for it
 *     *slot = value
 *     allocation: black; the stack is scanned once (Pause Stack Scan), never rescanned
 * </pre>
 * {@code unsafe-no-barrier=true} (tests only, a boolean so the conformance matrix, which varies only choice
 * options, never runs it) stores without shading: the scripted race then loses W, and the verifier catches it.
 *
 * <h2>GC word</h2>
 * <table>
 *   <caption>GC word states</caption>
 *   <tr><th>state</th><th>value</th><th>when</th></tr>
 *   <tr><td>white</td><td>0</td><td>outside cycles; allocated outside marking (and by dijkstra during it with
 *       white-allocation); not yet reached; after the sweep passes a survivor</td></tr>
 *   <tr><td>gray</td><td>1</td><td>shaded (by the marker, a root scan or the barrier), slots not yet scanned:
 *       on the gray worklist or in a barrier buffer</td></tr>
 *   <tr><td>black</td><td>2</td><td>scanned by the marker, or allocated while marking (by every barrier; by
 *       dijkstra unless white-allocation); whitened by the sweep</td></tr>
 * </table>
 * white &rarr; gray by CAS (marker or barrier; the one that wins pushes the object), gray &rarr; black by the
 * marker only, black &rarr; white by the sweep only (no cycle runs then).
 *
 * <h2>The safepoint protocol (mode=concurrent)</h2>
 * The collector thread (a daemon thread per collector instance, started with the collector, stopped by
 * {@code shutdown()}) stops the mutator for each pause: it sets the volatile poll flag and waits; the mutator
 * sees the flag at its next safepoint poll (backward branches, calls) or allocation, and parks. Both sides wait
 * by spinning on a volatile for up to {@code safepoint-spin} microseconds before they block on the handshake's
 * lock, as HotSpot's safepoint synchronisation does: a blocked thread's wake-up costs more than a pause's work
 * (see {@code Handshake}). The collector thread then reads the roots ({@code RootSet.visitRoots} only while the mutator is parked),
 * drains the mutator's barrier buffer, records the pause from the moment of the request (so the time to
 * safepoint is in it, and recorded apart), and releases the mutator. The mutator triggers cycles itself (it owns
 * the allocator) by posting a request; it waits for the collector thread (a stall, or before a full collection,
 * which it runs itself once the collector thread has abandoned its cycle) while parked, so it answers every stop
 * request meanwhile and neither waits for the other. A failure on the collector thread is handed to the mutator,
 * which throws it at its next poll, allocation or wait. In {@code mode=incremental} there is no thread: every
 * pause and step runs on the mutator, inside an allocation or a poll.
 *
 * <h2>Memory visibility (mode=concurrent)</h2>
 * The two threads share heap words; the Java memory model is satisfied as follows.
 * <ul>
 *   <li><b>Reference slots</b>: while marking, the mutator stores with {@code setWordRelease} and the marker
 *       loads with {@code wordAcquire}. A marker that sees a reference therefore also sees everything the mutator
 *       wrote before storing it — in particular the header and zeroed body of a new object (plain writes in
 *       {@code formatObject}), so the marker never reads a half-formatted object.</li>
 *   <li><b>GC words</b>: white &rarr; gray is {@code compareAndSetWord} on both threads, so an object is pushed
 *       exactly once; gray &rarr; black is a release store by the marker (the mutator only ever CASes from white,
 *       which fails on gray or black). A plain read of the colour is only a filter before the CAS: colours only
 *       grow while marking, so a stale value can only be less marked and the CAS decides.</li>
 *   <li><b>Everything else</b> — the free lists, roots, barrier buffers, the phase and the barrier's flags, sweep
 *       state — is written by one thread while the other is stopped or idle, and handed over through the
 *       handshake's lock (its monitor exit and entry give the happens-before edges); full barrier buffers go to
 *       the marker under the same lock.</li>
 *   <li>Words the marker reads without any of this: an object's shape word, which the mutator may rewrite to
 *       store an identity hash in its upper half; the type id in the lower half never changes, and 64-bit JVMs
 *       write a {@code long} array element atomically. The layout table is copy-on-write behind a volatile.</li>
 * </ul>
 *
 * <h2>Options</h2>
 * {@code mode} (concurrent | incremental), {@code barrier} (satb | dijkstra | hybrid), {@code white-allocation}
 * (false; dijkstra only, above), {@code trigger}
 * (occupancy | growth), {@code trigger-occupancy} (0.6), {@code gogc} (100), {@code overrun} (stall | full),
 * {@code step-budget} (64 scan units a step), {@code step-every} (1: a step at every allocation, and every
 * {@value Tricolor#POLLS_PER_STEP} polls; N: every N-th, and every N &times; 1024 polls, so marking stays on
 * longer: for measuring the barrier while marking), {@code policy} (segregated | first-fit | best-fit),
 * {@code verify-tricolour} (false; on whenever Java assertions are), {@code unsafe-no-barrier} (false; tests only).
 *
 * <h2>Not built</h2>
 * A concurrent sweep (the sweep is lazy, on the mutator), pacing the incremental step budget by allocation rate, and concurrent precleaning of the barrier buffer before
 * remark. With a single mutator thread, the hybrid barrier's stack scan is a pause of its own.
 *
 * <h2>Sources</h2>
 * E. W. Dijkstra, L. Lamport, A. J. Martin, C. S. Scholten, E. F. M. Steffens, "On-the-fly garbage collection:
 * an exercise in cooperation", CACM 21(11), 1978; T. Yuasa, "Real-time garbage collection on general-purpose
 * machines", Journal of Systems and Software 11(3), 1990; A. Clements, R. L. Hudson, "Proposal: Eliminate STW
 * stack re-scanning" (Go design document 17503), 2016; R. J. M. Hughes, "A semi-incremental garbage collection
 * algorithm", SP&amp;E 1982 (lazy sweeping); T. Printezis, D. Detlefs, "A generational mostly-concurrent garbage
 * collector", ISMM 2000 (CMS); R. Jones, A. Hosking, E. Moss, "The Garbage Collection Handbook", chapters 15
 * (concurrent collection) and 16 (concurrent mark-sweep).
 */
package gclab.collectors.tricolor;
