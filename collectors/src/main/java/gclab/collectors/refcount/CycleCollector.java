package gclab.collectors.refcount;

import static gclab.collectors.refcount.CountWord.BLACK;
import static gclab.collectors.refcount.CountWord.BUFFERED;
import static gclab.collectors.refcount.CountWord.GRAY;
import static gclab.collectors.refcount.CountWord.GREEN;
import static gclab.collectors.refcount.CountWord.PURPLE;
import static gclab.collectors.refcount.CountWord.WHITE;

import gclab.heap.Heap;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.Worklist;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import java.util.function.IntConsumer;

/**
 * Bacon and Rajan's synchronous cycle collection (ECOOP 2001, section 3) by trial deletion, with explicit
 * work lists instead of the paper's recursion. The candidate buffer holds the possible roots: objects whose
 * count was decremented to a non-zero value (purple). A collection runs in three phases:
 * <pre>
 *   markRoots:    for each candidate S: if S is purple and RC(S) > 0: markGray(S), keep S
 *                                       else: unbuffer S; if S is black and RC(S) = 0: free S (released earlier)
 *   markGray(S):  colour the subgraph from S gray, subtracting every internal reference from the counts
 *                 (trial deletion): afterwards RC(T) counts only the references into T from outside the subgraph
 *   scanRoots:    scan(S) for each kept S
 *   scan(S):      a gray T with RC(T) > 0 is referenced from outside: scanBlack(T) restores its subgraph;
 *                 a gray T with RC(T) = 0 turns white, and its children are scanned
 *   scanBlack(S): colour black and add the internal references back to the counts
 *   collectRoots: for each kept S: unbuffer S; collectWhite(S)
 *   collectWhite: free every white object reachable from S that is not buffered (a buffered one is freed by
 *                 its own collectWhite); the counts of black objects they referenced were already decremented
 *                 by markGray
 * </pre>
 * It runs only inside a reconciliation pause, right after the root snapshot was counted in and the zero-count
 * table and pending frees were drained: then every count includes every reference, so a purple object with a
 * count is live or cyclic garbage, and a count of zero means dead.
 */
final class CycleCollector {
    private final Heap heap;
    private final CountWord words;
    /** Frees one object's memory (the collector's free lists), counting it. */
    private final IntConsumer free;
    private Worklist candidates = new Worklist(1024);
    private Worklist kept = new Worklist(1024);
    private final Worklist stack = new Worklist(1024);
    private final Worklist blackStack = new Worklist(1024);
    private long slots;
    private long trialDecrements;
    private long restorations;
    private long candidatesScanned;
    /** Objects the current (or last) cycle collection coloured gray: how much of the heap it traced. */
    private long grayed;
    /** Objects the current (or last) cycle collection freed as garbage cycles (white). */
    private long whiteFreed;

    private void grayChild(int slot) {
        int c = heap.reference(slot);
        if (c != Heap.NULL) {
            slots++;
            if (!words.isStuck(c)) {
                words.decrement(c);
                trialDecrements++;
            }
            if (words.colour(c) != GRAY) {
                words.setColour(c, GRAY);
                grayed++;
                stack.push(c);
            }
        }
    }

    private void scanChild(int slot) {
        int c = heap.reference(slot);
        if (c != Heap.NULL) {
            slots++;
            stack.push(c);
        }
    }

    private void blackChild(int slot) {
        int c = heap.reference(slot);
        if (c != Heap.NULL) {
            slots++;
            if (!words.isStuck(c)) {
                words.increment(c);
                restorations++;
            }
            if (words.colour(c) != BLACK) {
                words.setColour(c, BLACK);
                blackStack.push(c);
            }
        }
    }

    private void whiteChild(int slot) {
        int c = heap.reference(slot);
        if (c != Heap.NULL) {
            slots++;
            if (words.colour(c) == WHITE && !words.is(c, BUFFERED)) {
                words.setColour(c, BLACK);
                stack.push(c);
            }
        }
    }

    private final SlotVisitor grayChild = this::grayChild;
    private final SlotVisitor scanChild = this::scanChild;
    private final SlotVisitor blackChild = this::blackChild;
    private final SlotVisitor whiteChild = this::whiteChild;

    CycleCollector(Heap heap, CountWord words, IntConsumer free) {
        this.heap = heap;
        this.words = words;
        this.free = free;
    }

    /**
     * The count of {@code object} was decremented to a non-zero value: it may be the last outside reference to
     * a garbage cycle, so buffer it as a candidate (purple). Green (acyclic) objects are never candidates.
     */
    void possibleRoot(int object) {
        if (words.is(object, GREEN)) {
            return;
        }
        if (words.colour(object) != PURPLE) {
            words.setColour(object, PURPLE);
            if (!words.is(object, BUFFERED)) {
                words.set(object, BUFFERED);
                candidates.push(object);
            }
        }
    }

    /** Objects the last cycle collection traced (coloured gray). */
    long lastTraced() {
        return grayed;
    }

    /**
     * Live objects the last cycle collection traced: gray ones that turned black again. Tracing garbage is
     * productive (it is freed); retracing these is the cost a growing trigger amortizes.
     */
    long lastTracedLive() {
        return grayed - whiteFreed;
    }

    int bufferSize() {
        return candidates.size();
    }

    /** The candidate buffer, for tests and the backup trace. */
    Worklist candidates() {
        return candidates;
    }

    /**
     * After this, every garbage cycle with a member in the candidate buffer is freed, the buffer is empty,
     * and every count again equals the references to its object (heap and root snapshot).
     */
    void collectCycles(GcTelemetry telemetry) {
        grayed = 0;
        whiteFreed = 0;
        telemetry.phaseBegin("mark-gray");
        markRoots();
        telemetry.work(takeWork());
        telemetry.phaseBegin("scan");
        scanRoots();
        telemetry.work(takeWork());
        telemetry.phaseBegin("collect-white");
        collectRoots();
        telemetry.work(takeWork());
    }

    private void markRoots() {
        kept.clear();
        candidatesScanned += candidates.size();
        for (int i = 0; i < candidates.size(); i++) {
            int s = candidates.get(i);
            if (words.colour(s) == PURPLE && words.count(s) > 0) {
                markGray(s);
                kept.push(s);
            } else {
                words.clear(s, BUFFERED);
                if (words.colour(s) == BLACK && words.count(s) == 0) {
                    free.accept(s); // released while buffered: its children were decremented then
                }
            }
        }
        Worklist t = candidates;
        candidates = kept;
        kept = t;
        kept.clear();
    }

    /** After this, every object reachable from {@code s} is gray and its count excludes references from gray objects. */
    private void markGray(int s) {
        if (words.colour(s) == GRAY) {
            return;
        }
        words.setColour(s, GRAY);
        grayed++;
        stack.push(s);
        // Invariant: every gray object not on the stack has had each outgoing reference subtracted once.
        while (!stack.isEmpty()) {
            heap.forEachReferenceSlot(stack.pop(), grayChild);
        }
    }

    private void scanRoots() {
        for (int i = 0; i < candidates.size(); i++) {
            scan(candidates.get(i));
        }
    }

    /** After this, every object reachable from {@code s} is black (externally referenced) or white (garbage). */
    private void scan(int s) {
        stack.push(s);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            if (words.colour(t) != GRAY) {
                continue;
            }
            if (words.count(t) > 0) {
                scanBlack(t);
            } else {
                words.setColour(t, WHITE);
                heap.forEachReferenceSlot(t, scanChild);
            }
        }
    }

    /** After this, everything reachable from {@code s} is black and has its internal references counted again. */
    private void scanBlack(int s) {
        words.setColour(s, BLACK);
        blackStack.push(s);
        // Invariant: every black object not on the stack has had each outgoing reference added back once.
        while (!blackStack.isEmpty()) {
            heap.forEachReferenceSlot(blackStack.pop(), blackChild);
        }
    }

    private void collectRoots() {
        for (int i = 0; i < candidates.size(); i++) {
            int s = candidates.get(i);
            words.clear(s, BUFFERED);
            collectWhite(s);
        }
        candidates.clear();
    }

    /** After this, every white, unbuffered object reachable from {@code s} through white objects is freed. */
    private void collectWhite(int s) {
        if (words.colour(s) != WHITE || words.is(s, BUFFERED)) {
            return;
        }
        words.setColour(s, BLACK);
        stack.push(s);
        while (!stack.isEmpty()) {
            int t = stack.pop();
            heap.forEachReferenceSlot(t, whiteChild); // read its references before its memory goes
            free.accept(t);
            whiteFreed++;
        }
    }

    /** Forgets every candidate (the backup trace recounts everything); flags are cleared, memory untouched. */
    void discardCandidates() {
        for (int i = 0; i < candidates.size(); i++) {
            int s = candidates.get(i);
            words.clear(s, BUFFERED);
            words.setColour(s, BLACK);
        }
        candidates.clear();
    }

    private WorkCounts takeWork() {
        WorkCounts w = new WorkCounts();
        w.add(WorkKind.CANDIDATES_SCANNED, candidatesScanned);
        w.add(WorkKind.SLOTS_SCANNED, slots);
        w.add(WorkKind.COUNTS_DECREMENTED, trialDecrements);
        w.add(WorkKind.COUNTS_INCREMENTED, restorations);
        candidatesScanned = 0;
        slots = 0;
        trialDecrements = 0;
        restorations = 0;
        return w;
    }
}
