/**
 * <b>generational</b> — a moving, generational, stop-the-world collector: a young generation collected by
 * copying (Cheney's algorithm), an old generation collected by mark-sweep or mark-compact, and a card-marking
 * write barrier that remembers old-to-young references, as HotSpot's Serial collector does it. It makes the
 * <em>generational hypothesis</em> — most objects die young — concrete: a minor collection costs what survives
 * in young, not what was allocated, and never reads the old generation beyond its dirty cards.
 *
 * <p>Read the classes in this order: {@link gclab.collectors.generational.Generations} (the layout),
 * {@link gclab.collectors.generational.Generational} (allocation, barrier, which collection runs when),
 * {@link gclab.collectors.generational.CardTable}, {@link gclab.collectors.generational.Scavenger} (the minor
 * collection), {@link gclab.collectors.generational.AgeTable} (tenuring),
 * {@link gclab.collectors.generational.FullCollection}, {@link gclab.collectors.generational.GcWord}.
 *
 * <pre>
 *   0     1
 *   | nil | eden            | from  | to    | old                                          |
 *         | bump allocation | survivors,    | free lists; one card per card-size bytes     |
 *         |                 | swap roles    | [c0][c1][c2] ... one byte each: clean/dirty   |
 *         |&lt;-- young: heap / (new-ratio + 1) --&gt;|&lt;-- old: the rest -----------------&gt;|
 *   eden : survivor : survivor = survivor-ratio : 1 : 1      (defaults new-ratio=2, survivor-ratio=8)
 * </pre>
 *
 * <h2>Allocation</h2>
 * Objects are bump-allocated in eden. When eden is full, a minor collection runs and the allocation is retried;
 * an object larger than eden goes straight to old. If old cannot take it either, a full collection runs; if
 * after that neither eden nor old has room, and that collection kept soft referents alive, one more full
 * collection clears soft references (the last resort); if even then neither has room, the result is
 * {@code OutOfMemoryError}.
 *
 * <h2>Minor collection ({@code Pause Young})</h2>
 * <ol>
 *   <li><b>promotion guarantee</b> (before the pause): a minor collection is tried only if old's free words
 *       cover the padded average of what earlier minor collections promoted, or all of young; else the full
 *       collection it would end in runs at once. Also if to-space is not empty (a full collection that had to
 *       leave survivors in both survivor spaces).</li>
 *   <li><b>evacuate-roots</b>: every root referring into eden or from-space is updated to the object's copy.</li>
 *   <li><b>scan-cards</b>: every dirty card (taken from the list of dirty cards, so the cost is theirs, not
 *       old's) is cleaned, and the reference slots of old inside it are evacuated in turn. The block-offset
 *       table gives, for each card, a chunk start from which a walk reaches the card, so a card costs its own
 *       slots, even inside a huge array; the rest of old is never read. The walk steps over the unused rest of
 *       the open promotion buffer (objects promoted meanwhile may land in the card being walked), which is not
 *       parsable: it holds whatever the free chunk it was cut from held.</li>
 *   <li><b>copy</b>: gray objects — copies not scanned yet — are scanned until none is left. Breadth-first
 *       ({@code copy-order=breadth-first}, Cheney): to-space between the scan pointer and its top is the queue;
 *       promoted copies wait likewise in the promotion buffer's runs (below), scanned in the order they were
 *       filled, each in address order, with no list entry per object; the slots found are evacuated in batches
 *       of 16, after one loop has loaded the headers of all their referents so that the cache misses overlap,
 *       in the order found, which keeps Cheney's placement exactly. Depth-first ({@code copy-order=depth-first}): every copy is
 *       pushed on a stack, so a parent's first child's subtree is copied before its siblings' children.</li>
 *   <li>eden and from-space are emptied; from and to swap; the tenuring threshold is recomputed.</li>
 * </ol>
 * <b>evacuate</b>(o): if o is forwarded, return the forwarding address. If its age is below the threshold and
 * to-space has room, copy it there one year older. Otherwise <b>promote</b> it: copy it into old — before the
 * threshold, because to-space is full, that is a <em>premature promotion</em> (counted). Promoted objects are
 * bump-allocated in a {@link gclab.collectors.generational.PromotionBuffer} (HotSpot's PLAB) of 1,024 words cut
 * from old's free lists, whose unused tail goes back to the free lists when it fills and at the collection's end.
 * The buffer records an object as the block start of the cards whose first word it covers, which only an object
 * crossing the next card start does (one comparison per object); and it keeps the collection's <em>runs</em>:
 * the used part of each buffer, and each object promoted or left in place outside a buffer, in the order they
 * were filled, which is the order of promotion. If old has no room either, <b>promotion fails</b>: the object
 * stays where it is, forwarded to itself so that it is scanned once (HotSpot's self-forwarding). At the end such objects are unforwarded, eden is not emptied, and a full
 * collection ({@code Pause Full (Promotion Failed)}) follows at once.
 *
 * <h2>Tenuring</h2>
 * The age (minor collections survived) lives in the GC word. With {@code tenuring=fixed} an object is promoted
 * at age {@code tenuring-threshold}. With {@code tenuring=adaptive} (the default, as HotSpot) the threshold
 * after each minor collection is the youngest age at which the survivors, counted from age 1 up, exceed
 * {@code target-survivor-ratio} percent of a survivor space, at most {@code tenuring-threshold}: long-lived
 * objects leave the survivors before they overflow them. Each minor collection records its age table and
 * thresholds ({@link gclab.heap.telemetry.TenuringDistribution}; {@code gc,age} lines in gc.log).
 *
 * <h2>Full collection ({@code Pause Full})</h2>
 * Runs on {@code System.gc()}, when promotion failed or the guarantee says it would, when old cannot take an
 * object too large for eden, and, with {@code full-trigger-occupancy} below 100, after a minor collection that
 * leaves old at least that full (and fuller than after the last full collection).
 * <ol>
 *   <li><b>mark</b>: the shared {@link gclab.heap.gc.Tracer} marks from the roots over every space,
 *       discovering references; then the {@link gclab.heap.gc.ReferenceProcessor} clears the discovered ones
 *       whose referent is unmarked (see References, below). Both are the {@code mark} phase.</li>
 *   <li><b>sweep</b> ({@code old=marksweep} only): the shared {@link gclab.heap.gc.Sweeper} frees old's unmarked
 *       objects into its free lists.</li>
 *   <li><b>compute-addresses</b>: with {@code old=markcompact}, old's live objects are given addresses that
 *       slide them to its start. Then each live young object is given a place in old (cut from the free lists,
 *       or after old's live data when compacting) while old has room, and otherwise the next place in eden,
 *       then survivor0, then survivor1 (packed from their starts).</li>
 *   <li><b>adjust-pointers</b>: every root and every reference slot of a live object is set to its target's
 *       planned address.</li>
 *   <li><b>move</b>: in address order, old then young, each live object is copied to its planned address and
 *       unmarked (promoted objects get age 0; those that stay young keep theirs). In that order no object is
 *       overwritten before it moves: old objects move down within old, young ones into old's free room or down
 *       within young.</li>
 * </ol>
 * Afterwards the block-offset table is rebuilt; every card is clean if young is empty, else every card is dirty
 * (where the objects left in young are referenced from is not known), as HotSpot's Serial does.
 *
 * <h2>References</h2>
 * Both collections process {@code java.lang.ref} references (traits: {@code clearsWeakReferences}).
 * <b>Full:</b> while it marks, the tracer leaves the referent slot of a weak reference untraced and records the
 * reference; after marking, before the sweep or compute-addresses frees or moves anything, a recorded reference
 * whose referent is unmarked is cleared (null), and the others keep their referent, whose slot adjust-pointers
 * then updates like any other. Soft referents are traced as strong, except in the last-resort full collection
 * before an {@code OutOfMemoryError} (see Allocation), which clears them like weak ones; it runs only if the
 * previous one kept a soft referent. <b>Minor</b>, as HotSpot's young collections: when the scavenger scans a
 * weak reference (a copy, or an object it could not move) whose referent is young and not evacuated yet, it
 * records the reference and leaves the referent slot unscanned; after the copy, a recorded reference whose
 * referent was forwarded follows the copy (dirtying its card if the reference is old and the copy young), and
 * one whose referent was not is cleared: nothing but weak references reached it. Soft referents are strong in
 * a minor collection. A weak reference in old that is scanned only because its card is dirty keeps its
 * referent strongly (conservative: it is cleared at a later collection, never wrongly).
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>Every old-to-young reference lies on a dirty card at the start of a minor collection: the barrier
 *       dirties the card of every store into old; a minor collection cleans a card only if none of its slots
 *       still refers into young afterwards; a full collection dirties every card unless young is empty.</li>
 *   <li>Outside a pause, to-space is empty (unless a full collection had to fill both survivors, and then
 *       the next collection is a full one), and no GC word holds a mark or a forwarding address.</li>
 *   <li>During copying, every object below to-space's scan pointer, and every promoted copy already scanned,
 *       refers only to to-space, old, or an object that failed promotion (it is black).</li>
 *   <li>Every space is parsable: eden and the survivors up to their tops, old through its free chunks (during a
 *       full collection with {@code old=marksweep}, a promoted object's reserved place is a free chunk until
 *       the object moves into it; during a minor collection, the open promotion buffer's unused rest is not
 *       parsable until the buffer is retired).</li>
 *   <li>Every card's block start is a chunk start at or before the card's first word.</li>
 * </ul>
 *
 * <h2>Barrier</h2>
 * <pre>
 *   storeReference(object, slot, value):
 *       *slot = value
 *       if slot lies in old:                    // only old slots can hold an unremembered old-to-young ref
 *           card = (slot - old.start) / cardWords
 *           if cards[card] == CLEAN:            // so the next minor collection scans this card ...
 *               cards[card] = DIRTY
 *               dirtyCards.add(card)            // ... and finds it without reading every card of old
 * </pre>
 * Stores into young objects need no card: young objects are all scanned (or dead) at a minor collection.
 * {@code barrier=off} is for tests only: it drops the card mark, and the verifier then catches the young
 * object that a minor collection loses.
 *
 * <h2>GC word</h2>
 * <table>
 *   <caption>GC word states</caption>
 *   <tr><th>state</th><th>bits</th><th>when</th></tr>
 *   <tr><td>new / old</td><td>0</td><td>allocated (age 0), or promoted to old</td></tr>
 *   <tr><td>aged</td><td>bits 1..4 = age (1..15)</td><td>a survivor: minor collections survived</td></tr>
 *   <tr><td>forwarded</td><td>bit 5 = 1, bits 32..63 = new address, age kept</td><td>during a minor
 *       collection, an evacuated original (eden and from-space are emptied at its end); or, with its own
 *       address, an object whose promotion failed (unforwarded at the end)</td></tr>
 *   <tr><td>marked</td><td>bit 0 = 1, age kept</td><td>during a full collection, reached by marking; the sweep
 *       (old) or the move clears it</td></tr>
 *   <tr><td>marked, planned</td><td>bit 0 = 1, bits 32..63 = planned address, age kept</td><td>during a full
 *       collection, between compute-addresses and move</td></tr>
 * </table>
 *
 * <h2>Options</h2>
 * {@code new-ratio} (2), {@code survivor-ratio} (8), {@code tenuring-threshold} (15), {@code tenuring}
 * (adaptive | fixed), {@code target-survivor-ratio} (50), {@code copy-order} (breadth-first | depth-first),
 * {@code old} (marksweep | markcompact), {@code full-trigger-occupancy} (100: off), {@code card-size} (512
 * bytes), {@code barrier} (on; a boolean, so the conformance matrix, which runs every choice option, never
 * turns it off), {@code policy} (old's free-list policy, first-fit).
 *
 * <h2>Sources</h2>
 * D. Ungar, "Generation Scavenging: A Non-disruptive High Performance Storage Reclamation Algorithm",
 * SDE 1984; C. J. Cheney, "A nonrecursive list compacting algorithm", CACM 1970; D. A. Moon, "Garbage
 * collection in a large Lisp system", LFP 1984 (approximately depth-first copying); A. W. Appel, "Simple
 * generational garbage collection and fast allocation", SP&amp;E 1989; HotSpot's Serial collector
 * ({@code src/hotspot/share/gc/serial}: DefNewGeneration, TenuredGeneration, CardTableRS, and
 * {@code gc/shared/ageTable.cpp} for the adaptive threshold); R. Jones, A. Hosking, E. Moss, "The Garbage
 * Collection Handbook", chapters 4, 9 and 11.8.
 */
package gclab.collectors.generational;
