/**
 * <b>marksweep</b> — a non-moving (optionally compacting), non-generational, stop-the-world collector:
 * McCarthy's mark-sweep (1960) over free lists, with Lisp-2 sliding compaction as the answer to
 * fragmentation.
 *
 * <pre>
 *   | heap: objects and free chunks, interleaved; the free lists thread through the free chunks |
 * </pre>
 *
 * <h2>Phases (all inside one pause, {@code Pause Full})</h2>
 * <ol>
 *   <li><b>markRoots</b>: shade every object a root refers to (white to gray).</li>
 *   <li><b>traceReferences</b>: pop a gray object from the mark stack and shade its referents, until the
 *       stack is empty (gray to black). The mark stack lives in host memory, so a ten-million-object list
 *       never recurses.</li>
 *   <li><b>processReferences</b> (still the {@code mark} phase): clear every discovered reference whose
 *       referent is unmarked (see References).</li>
 *   <li>Either <b>sweep</b>: one linear walk that unmarks survivors and rebuilds the free lists from the
 *       dead objects, coalescing neighbours; or <b>compact</b> (Lisp-2: compute forwarding addresses, update
 *       references, slide objects down), which leaves one free chunk at the end.</li>
 * </ol>
 * Sweeping is <em>eager</em>: the whole space is swept inside the pause, so allocation after a collection
 * never meets an unswept object. (Lazy sweeping would shorten the pause and move the sweep cost to
 * allocation; the tricolor collector sweeps that way.)
 *
 * <h2>When it collects</h2>
 * When the free lists cannot satisfy an allocation (Allocation Failure), on {@code System.gc()}, and,
 * with {@code trigger-occupancy=F}, when an allocation would push occupancy above F of the heap (unless the
 * last collection already left it above F). Compaction ({@code compact=}): {@code never}; {@code always};
 * or {@code when-fragmented}, when the allocation that failed would have fit in the free bytes but in no free
 * chunk, or the last sweep left external fragmentation above {@code compact-threshold}. If a sweep still
 * leaves a request unsatisfiable although enough bytes are free, a compaction follows as the last resort
 * (unless {@code compact=never}). If that still fails and the last collection kept a soft referent alive, one
 * more collection clears soft references (compacting, under {@code compact=when-fragmented}); only then is it an
 * {@code OutOfMemoryError}.
 *
 * <h2>References</h2>
 * Every collection processes {@code java.lang.ref} references (traits: {@code clearsWeakReferences}): while
 * marking, the shared {@link gclab.heap.gc.Tracer} hands each object it blackens to the
 * {@link gclab.heap.gc.ReferenceProcessor}, which records a Reference whose referent slot is weak and has the
 * slot left untraced. After marking, before the sweep or the compaction, each recorded reference whose referent
 * is unmarked is cleared (its slot set to null), so no slot is left pointing at freed memory; a referent marked
 * through another path is kept, and a compaction updates its slot like any other. Soft referents are traced as
 * strong, except in the last-resort collection above, which clears them like weak ones (the JDK guarantees soft
 * references are cleared before an OutOfMemoryError). Reference queues are not modelled: a cleared reference is
 * never enqueued.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Outside a pause, no object is marked, and every free word is in a free chunk (listed, or a one-word
 *       hole): the space is parsable.</li>
 *   <li>During marking, a marked object is gray (on the mark stack) or black (all its referents marked):
 *       no black object points to a white one.</li>
 *   <li>After marking, every object reachable from the roots is marked; the sweep frees only unmarked
 *       objects, so nothing reachable is freed.</li>
 * </ul>
 *
 * <h2>Barrier</h2>
 * None. The mutator never runs while the collector works, so no store can hide an object from the marker.
 *
 * <h2>GC word</h2>
 * <table>
 *   <caption>GC word states</caption>
 *   <tr><th>state</th><th>bits</th><th>when</th></tr>
 *   <tr><td>white (unmarked)</td><td>0</td><td>outside pauses; during marking, not yet reached</td></tr>
 *   <tr><td>marked (gray/black)</td><td>bit 0 = 1</td><td>reached during marking; gray while on the mark stack</td></tr>
 *   <tr><td>marked + forwarded</td><td>bit 0 = 1, bits 32..63 = new address</td><td>compaction only, between
 *       computing forwarding addresses and relocating</td></tr>
 * </table>
 * Sweep and relocation reset the GC word of every survivor to 0. The encoding is the shared
 * {@link gclab.heap.gc.MarkWord}.
 *
 * <h2>Sources</h2>
 * J. McCarthy, "Recursive functions of symbolic expressions and their computation by machine", CACM 1960;
 * D. E. Knuth, TAOCP vol. 1 (the Lisp-2 compactor); P. R. Wilson, M. S. Johnstone, M. Neely, D. Boles,
 * "Dynamic Storage Allocation: A Survey and Critical Review", IWMM 1995 (fit policies);
 * R. Jones, A. Hosking, E. Moss, "The Garbage Collection Handbook", chapters 2 and 3.
 */
package gclab.collectors.marksweep;
