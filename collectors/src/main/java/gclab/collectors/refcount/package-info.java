/**
 * <b>refcount</b> — a non-moving, non-generational, stop-the-world collector that is not a tracer: deferred
 * reference counting (Deutsch and Bobrow 1976) over free lists, with the synchronous cycle collector of Bacon
 * and Rajan (2001) for the garbage cycles counts cannot see, and a backup mark-sweep as the last resort.
 * Its pauses are reconciliations ({@code Pause Cascade}), cycle collections ({@code Pause Cycle Collection})
 * and, rarely, backup traces ({@code Pause Full}).
 *
 * <pre>
 *   | heap: objects and free chunks, interleaved; freed objects go straight back to the free lists |
 *   host memory:  ZCT (zero-count table) | dead list | candidate buffer | counted root snapshot
 * </pre>
 *
 * <h2>Counts, and why the stack is not counted</h2>
 * Each object's count, in its GC word, is the number of references to it from <em>heap</em> slots plus the
 * number of references to it in the <em>root snapshot</em> taken at the last reconciliation. The write barrier
 * keeps the heap part exact. Stores into frames, operand stacks and statics are not counted: the VM does not
 * report them (they are not heap stores, and the SPI has no hook for them), and counting every local-variable
 * write would cost far more than the barrier on heap stores (Deutsch and Bobrow's observation). So counting is
 * <em>deferred</em>: a count may reach zero while a root still holds the object, and such an object goes to
 * the <b>zero-count table</b> (ZCT) instead of being freed. New objects start there with a count of zero.
 * Measured ({@code gclab.bench.refcount.DeferralHarness}, docs/PERFORMANCE.md): on the catalog's workloads
 * deferral makes 110 to 450 times fewer count updates on roots than the fewest a counted scheme could (the
 * changes between root snapshots taken at every allocation), at the price of one ZCT entry per allocation and
 * frees that wait for the next reconciliation.
 *
 * <h2>The barrier (every reference store into the heap)</h2>
 * <pre>
 *   storeReference(object, slot, new):
 *       old = *slot; *slot = new
 *       if new != null: RC(new)++; if new is purple: colour it black     // a new heap reference; live after all
 *       if old != null: RC(old)--                                        // increment first: new == old never hits 0
 *           if RC(old) == 0:  put old in the ZCT (once)                  // maybe dead, but a root may hold it
 *           else:             possibleRoot(old)                          // maybe the last outside ref to a cycle
 *   possibleRoot(s): unless s is green: colour s purple; if not buffered: buffer it    (cycles=on only)
 * </pre>
 * A stuck count is neither incremented nor decremented.
 *
 * <h2>Phases of a reconciliation (one pause, at an allocation)</h2>
 * A reconciliation runs when the ZCT holds {@code zct-size} entries, when dead objects are left over from a
 * bounded one, when the candidate buffer is full, on allocation failure and on {@code System.gc()}. The buffer is
 * full at {@code cycle-buffer} candidates, or at {@code cycle-growth} percent (default 100) of the live objects
 * the last cycle collection retraced, if that is more: a live structure reachable from the candidates (a long
 * queue whose new head is a candidate at every dequeue) is retraced by every cycle collection, so the trigger
 * waits for as many candidates as that costs, and the cycle collector's work stays proportional to the
 * candidates (amortized), as a tracing collector's heap-growth trigger (GOGC) keeps marking proportional to
 * allocation. Garbage a cycle collection traced does not count (it was freed, not retraced), so dropped cycles
 * are still collected every {@code cycle-buffer} candidates. The price of a larger {@code cycle-growth} is
 * memory: a dead candidate's memory is freed only at the next cycle collection:
 * <ol>
 *   <li><b>countRootsIn</b>: increment the referent of every root, and keep the list as the new snapshot.</li>
 *   <li><b>countPreviousRootsOut</b>: decrement the referents of the previous snapshot (as the barrier does:
 *       zero to the ZCT, non-zero to the candidates, except that a referent a root still holds, flagged
 *       <em>rooted</em> in step 1, is not a candidate: it is live). This is how roots that vanished silently show up: a
 *       cycle the mutator built and then dropped from its frames becomes a candidate here. (This is the
 *       Recycler's form of deferral, Bacon et al. 2001; Deutsch and Bobrow's own form only marks the objects the
 *       roots refer to, which would never let such a cycle become a candidate.)</li>
 *   <li><b>reconcile the ZCT</b>: now every count includes the current roots, so an entry whose count is still
 *       zero is referenced by nothing: it is dead. An entry with a count was stored into the heap since; if no
 *       root holds it now (not flagged rooted), the root that held it
 *       vanished without a decrement, so it becomes a candidate: otherwise a cycle built from new objects and
 *       dropped before any reconciliation would never be seen by the cycle collector.</li>
 *   <li><b>freeDead</b>: pop a dead object, decrement each referent (zero: dead too; non-zero: a candidate),
 *       return its memory to the free lists. The dead list is a host work list, so a ten-million-element list
 *       is freed without host recursion. With {@code freeing=lazy} at most {@code free-budget} objects are
 *       freed per reconciliation; the rest stay on the dead list (they are unreachable forever) and the next
 *       allocation reconciles again, so one dropped structure becomes many bounded pauses instead of one long
 *       one. A dead object the candidate buffer still holds is only <em>released</em>: coloured black and its
 *       reference slots cleared (they were just counted out); its memory is freed when the cycle collector
 *       takes it out of the buffer (buffered, black and count 0 at a cycle collection means released).</li>
 *   <li><b>collectCycles</b> (when the buffer is full, on allocation failure, on {@code System.gc()}; the dead
 *       list is drained first, so every count is exact): Bacon and Rajan's synchronous algorithm, with explicit
 *       work lists (see {@link gclab.collectors.refcount.CycleCollector}):
 *       <ol type="a">
 *         <li><b>markRoots / markGray</b>: from each purple candidate with a count, colour its subgraph gray,
 *             subtracting every reference internal to the subgraph (trial deletion). Candidates no longer
 *             purple leave the buffer; released ones are freed.</li>
 *         <li><b>scanRoots / scan / scanBlack</b>: a gray object whose count is still above zero is referenced
 *             from outside (heap or root): it and everything it reaches turn black again, with the internal
 *             references added back. Gray objects left with zero turn white.</li>
 *         <li><b>collectRoots / collectWhite</b>: the white objects are garbage cycles (and what only they
 *             reach): free them. Their references to black objects were already subtracted in markGray.</li>
 *       </ol></li>
 * </ol>
 * If an allocation still fails, the <b>backup trace</b> runs ({@code backup-trace=true}): the shared
 * {@link gclab.heap.gc.Tracer} marks from the roots, the {@link gclab.heap.gc.Sweeper} frees the rest and
 * coalesces free memory (individual frees do not coalesce), and every count is recomputed from the heap and
 * the roots. It is the only thing that frees objects whose counts are stuck, and, with {@code cycles=off},
 * garbage cycles. Only if that fails too is it an {@code OutOfMemoryError}.
 *
 * <h2>Pauses</h2>
 * Every reconciliation is recorded as a pause, however few objects it frees, because every one stops the
 * mutator: it scans the roots (the frames cannot change while their references are counted in), and it frees
 * on the mutator's thread while the mutator waits. The "cascades of frees above a threshold" are thus
 * the reconciliations themselves, and the threshold is the one that starts them: {@code zct-size} entries in the
 * ZCT, which is how much dead and maybe-dead memory may wait before the mutator pays for it. Nothing else stops
 * the mutator: the barrier only adjusts counts, pushes onto the ZCT and buffers candidates (constant work per
 * store, counted as mutator work, outside any pause), and no object is freed outside a reconciliation, a cycle
 * collection or a backup trace ({@code RefCountTest.nothingIsFreedOutsideARecordedPause} checks both over a
 * random program). {@code freeing=lazy} bounds a cascade's length by {@code free-budget}. Kinds and causes:
 * <ul>
 *   <li>{@code Pause Cascade}: cause {@code Zero Count Table Full} (the ZCT reached {@code zct-size}),
 *       {@code Pending Frees} (a lazy cascade continues at the next allocation), {@code Allocation Failure} or
 *       {@code System.gc()} with {@code cycles=off};</li>
 *   <li>{@code Pause Cycle Collection}: a reconciliation that ends with a cycle collection: cause
 *       {@code Candidate Buffer Full}, {@code Allocation Failure} or {@code System.gc()};</li>
 *   <li>{@code Pause Full}: the backup trace ({@code Allocation Failure}).</li>
 * </ul>
 * Candidates arrive mostly in bursts at reconciliations (counted-out roots, ZCT entries), so a buffer
 * threshold below one burst gives one cycle collection per reconciliation at most.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Outside a pause, for every object: RC = (heap slots referring to it) + (references to it in the counted
 *       root snapshot), unless RC is stuck. ({@code RefCountPropertyTest} checks this after every operation.)</li>
 *   <li>Every object whose count is zero outside a pause is in the ZCT or on the dead list; nothing is freed
 *       outside a reconciliation, because only then are the current roots counted.</li>
 *   <li>A dead object (count zero with the current roots counted in) is unreachable, and stays so: nothing
 *       can store a reference to it.</li>
 *   <li>Every buffered object is in the candidate buffer exactly once, and its memory is not freed while it is
 *       there. Colours other than black and purple exist only inside a cycle collection.</li>
 *   <li>Outside a pause the space is parsable: freed memory is formatted as free chunks at once, and dead
 *       objects waiting on the dead list or in the buffer are still intact objects.</li>
 * </ul>
 *
 * <h2>GC word</h2>
 * <pre>
 *   bits 0..31   count (count-bits wide; all ones = stuck)     bits 32..33  colour
 *   bit 34       buffered     bit 35  in ZCT     bit 36  green (acyclic)     bit 37  mark (backup trace only)
 *   bit 38       rooted (a root holds it; set and cleared within one reconciliation)
 * </pre>
 * <table>
 *   <caption>Colour and buffered flag: states and transitions</caption>
 *   <tr><th>colour</th><th>buffered</th><th>meaning</th><th>becomes</th></tr>
 *   <tr><td>black</td><td>0</td><td>in use (or dead on the dead list); every object at allocation</td>
 *       <td>purple + buffered on a decrement to non-zero</td></tr>
 *   <tr><td>purple</td><td>1</td><td>a candidate: possible root of a garbage cycle</td>
 *       <td>black on an increment (stays buffered); gray in markGray; released (black) if it dies</td></tr>
 *   <tr><td>black</td><td>1</td><td>in the buffer but incremented since (live), or released (count 0)</td>
 *       <td>unbuffered in markRoots, and freed there if released</td></tr>
 *   <tr><td>gray</td><td>0 or 1</td><td>cycle collection: reached by markGray, count trial-decremented</td>
 *       <td>black in scanBlack (count &gt; 0 or reached from black), white in scan</td></tr>
 *   <tr><td>white</td><td>0 or 1</td><td>cycle collection: garbage</td>
 *       <td>freed by collectWhite (after its buffered flag is cleared in collectRoots)</td></tr>
 *   <tr><td>green flag</td><td>0</td><td>acyclic: the layout holds no references (primitive arrays, boxes,
 *       leaf objects); never buffered, so never a candidate</td><td>never changes</td></tr>
 * </table>
 * The ZCT flag only keeps an object from being entered twice; the mark bit is set only during a backup trace,
 * whose sweep leaves every survivor with a GC word of just its green flag before the recount.
 *
 * <h2>Sticky counts</h2>
 * With {@code count-bits=b}, a count that reaches 2<sup>b</sup>−1 sticks: neither the barrier nor the cycle
 * collector changes it again, so the object is never freed by counting, and cycle collection treats it as
 * externally referenced. The backup trace recounts it. The default, 8 bits, follows the observation of
 * Shahriyar, Blackburn and Frampton (2012) that almost all counts stay small; the field is 32 bits wide, so
 * {@code count-bits=32} makes sticking practically impossible.
 *
 * <h2>Options</h2>
 * {@code cycles} (on/off), {@code freeing} (eager/lazy) with {@code free-budget}, {@code policy} (fit policy of
 * the free lists), {@code count-bits}, {@code zct-size}, {@code cycle-buffer}, {@code cycle-growth},
 * {@code backup-trace}, and the test-only {@code skip-increment} (a broken barrier the tests must catch).
 *
 * <h2>Work units</h2>
 * counts incremented / decremented (barrier work outside pauses; root snapshot, cascade and trial-deletion work
 * inside them), zero-count entries (ZCT entries reconciled: the cost of deferral), roots scanned, objects and
 * words freed, candidates scanned and slots scanned (cycle collection), objects marked and words swept
 * (backup trace).
 *
 * <h2>Sources</h2>
 * D. F. Bacon and V. T. Rajan, "Concurrent Cycle Collection in Reference Counted Systems", ECOOP 2001
 * (the synchronous algorithm of its section 3: MarkRoots, ScanRoots, CollectRoots; colours and the buffered
 * flag); D. F. Bacon, C. R. Attanasio, H. B. Lee, V. T. Rajan, S. Smith, "Java without the Coffee Breaks",
 * PLDI 2001 (the Recycler: deferral by counting a root snapshot in and the previous one out);
 * L. P. Deutsch and D. G. Bobrow, "An Efficient, Incremental, Automatic Garbage Collector", CACM 1976
 * (deferred counting, the zero-count table); R. Shahriyar, S. M. Blackburn, D. Frampton, "Down for the
 * Count? Getting Reference Counting Back in the Ring", ISMM 2012 (sticky counts, backup tracing);
 * R. Jones, A. Hosking, E. Moss, "The Garbage Collection Handbook", chapter 5.
 */
package gclab.collectors.refcount;
