/**
 * <b>generational</b> — a moving, generational, stop-the-world collector: a young generation collected by
 * Cheney's copying algorithm, an old generation of free lists collected by mark-sweep, and a card-marking
 * write barrier that remembers old-to-young references, as in HotSpot's Serial collector.
 *
 * <pre>
 *   0     1
 *   | nil | eden            | from  | to    | old                                         |
 *         | bump allocation | survivors,    | free lists; one card per card-size bytes    |
 *         |                 | swap roles    | [c0][c1][c2] ... one byte each: clean/dirty  |
 *         |&lt;-- young: heap / (new-ratio + 1) --&gt;|&lt;-- old: the rest ----------------&gt;|
 *   eden : survivor : survivor = survivor-ratio : 1 : 1      (defaults new-ratio=2, survivor-ratio=8)
 * </pre>
 *
 * <h2>Phases</h2>
 * A <b>minor collection</b> ({@code Pause Young}) runs when eden cannot take an allocation:
 * <ol>
 *   <li><b>promotion guarantee</b>: if old's largest free chunk cannot hold all of eden and from-space, a
 *       full collection runs instead, so promotion never fails half-way.</li>
 *   <li><b>evacuateRoots</b>: every root referring into eden or from-space is updated to the object's copy.</li>
 *   <li><b>scanCards</b>: every dirty card is cleaned, and the reference slots of old objects inside it are
 *       evacuated in turn. Old is parsable, so the card's objects are found by walking from the highest known
 *       chunk start of an earlier card (a block offset table); the rest of old is never read.</li>
 *   <li><b>copyReachable</b> (Cheney): the objects between to-space's scan pointer and its top, and the
 *       objects promoted but not yet scanned, are gray; scanning one evacuates its referents. When both are
 *       exhausted, every reachable young object is copied.</li>
 *   <li>eden and from-space are emptied (reset their top); from and to swap roles.</li>
 * </ol>
 * <b>evacuate</b>(o): if o is forwarded, return its forwarding address; if its age has reached
 * {@code tenuring-threshold} (default 15), or to-space is full (a <em>premature promotion</em>, counted),
 * <b>promote</b> it: copy it into old; else copy it to to-space one year older. Leave a forwarding pointer.
 *
 * <p>A <b>full collection</b> ({@code Pause Full}) runs on {@code System.gc()}, when the promotion guarantee
 * fails, and when old cannot take an object too large for eden:
 * <ol>
 *   <li><b>mark</b>: the shared {@link gclab.heap.gc.Tracer} marks from the roots over every space.</li>
 *   <li><b>sweep</b>: the shared {@link gclab.heap.gc.Sweeper} frees old's unmarked objects; the chunk-start
 *       table is rebuilt (the sweep merged chunks).</li>
 *   <li><b>promote</b>: if old can hold every marked young object, all of them are evacuated into old (the
 *       remembered set is then every old object) and young is left empty with every card clean. If it
 *       cannot, they stay where they are and every card is marked dirty.</li>
 * </ol>
 * {@code OutOfMemoryError} comes only when, after a full collection, neither eden nor old can take the request.
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Every old-to-young reference lies on a dirty card at the start of a minor collection (the barrier
 *       dirties the card of every store into old; a minor collection cleans a card only if none of its slots
 *       still refers into young afterwards; a full collection either empties young or dirties every card).</li>
 *   <li>Outside a pause, to-space is empty and no GC word holds a mark or a forwarding pointer.</li>
 *   <li>During copying, every object below the scan pointer of to-space, and every promoted object already
 *       scanned, refers only to to-space or old (it is black).</li>
 *   <li>Every space is parsable: eden and the survivors up to their tops, old through its free chunks; every
 *       card's chunk-start entry is 0 or the start of a chunk inside that card.</li>
 * </ul>
 *
 * <h2>Barrier</h2>
 * <pre>
 *   storeReference(object, slot, value):
 *       *slot = value
 *       if slot lies in old:                    // only old slots can hold an unremembered old-to-young ref
 *           cards[(slot - old.start) / cardWords] = DIRTY   // so the next minor collection scans this card
 * </pre>
 * Stores into young objects need no card: young objects are all scanned (or dead) at a minor collection.
 * {@code barrier=off} is for tests only: it drops the card mark, and the verifier then catches the young
 * object that a minor collection loses.
 *
 * <h2>GC word</h2>
 * <table>
 *   <caption>GC word states</caption>
 *   <tr><th>state</th><th>bits</th><th>when</th></tr>
 *   <tr><td>new / old</td><td>0</td><td>allocated in eden (age 0), or promoted to old</td></tr>
 *   <tr><td>aged</td><td>bits 1..4 = age (1..15)</td><td>a survivor copy: minor collections survived</td></tr>
 *   <tr><td>forwarded</td><td>bit 5 = 1, bits 32..63 = new address</td><td>the original of an object copied
 *       during the current minor collection (eden and from-space are emptied at its end)</td></tr>
 *   <tr><td>marked</td><td>bit 0 = 1 (age kept)</td><td>during a full collection, reached by marking; the
 *       sweep (old) and the promote phase (young) clear it</td></tr>
 * </table>
 *
 * <h2>Options</h2>
 * {@code new-ratio} (2), {@code survivor-ratio} (8), {@code tenuring-threshold} (15; 0 promotes at the first
 * minor collection), {@code card-size} (512 bytes), {@code barrier} (on; {@code off} for tests only: a boolean,
 * so the conformance matrix, which runs every choice option, never runs it), {@code policy} (old's free-list
 * policy, first-fit).
 *
 * <h2>Not yet built (issue 5)</h2>
 * Depth-first copy order, the adaptive tenuring threshold, {@code old=markcompact}, an occupancy trigger for
 * full collections, metaspace in pause records, and the tenuring distribution per minor collection. Known
 * weakness: the promotion guarantee counts all of young, not its survivors, and there is no promotion-failure
 * recovery (HotSpot forwards such objects to themselves); so when old cannot take every young survivor, each
 * allocation failure runs a full collection that leaves young in place, and a nearly full heap thrashes.
 *
 * <h2>Sources</h2>
 * D. Ungar, "Generation Scavenging: A Non-disruptive High Performance Storage Reclamation Algorithm",
 * SDE 1984; C. J. Cheney, "A nonrecursive list compacting algorithm", CACM 1970; A. W. Appel, "Simple
 * generational garbage collection and fast allocation", SP&amp;E 1989; HotSpot's Serial collector
 * ({@code src/hotspot/share/gc/serial}: DefNewGeneration, TenuredGeneration, CardTableRS); R. Jones,
 * A. Hosking, E. Moss, "The Garbage Collection Handbook", chapters 4 and 9.
 */
package gclab.collectors.generational;
