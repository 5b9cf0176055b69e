package gclab.collectors.generational;

import gclab.heap.Heap;
import gclab.heap.SlotVisitor;
import gclab.heap.gc.ReferenceProcessor;
import gclab.heap.gc.Sweeper;
import gclab.heap.gc.Tracer;
import gclab.heap.space.BumpSpace;
import gclab.heap.spi.RootSet;
import gclab.heap.telemetry.GcCause;
import gclab.heap.telemetry.GcTelemetry;
import gclab.heap.telemetry.PauseKind;
import gclab.heap.telemetry.WorkCounts;
import gclab.heap.telemetry.WorkKind;
import gclab.heap.verify.HeapCorruptionException;

/**
 * The full collection: marks the whole heap, collects old by mark-sweep ({@code old=marksweep}) or sliding
 * compaction ({@code old=markcompact}), and packs young's survivors into old as far as it has room, the rest
 * into eden, then survivor0, then survivor1 — HotSpot Serial's full collection, which compacts old, then eden,
 * then the survivors, each into the free room of the spaces before it.
 *
 * <p>Moving is Lisp-2 (three passes after marking): <b>plan</b> a new address for each live object (in its
 * GC word), <b>adjust</b> every root and reference slot to the planned addresses, <b>move</b> the objects in
 * address order. Moving in that order never overwrites an object not yet moved: an old object moves down
 * within old; a young object moves into old's free room (no live object there) or down within young.
 */
final class FullCollection {
    private final Generations g;
    private final Heap heap;
    private final RootSet roots;
    private final GcTelemetry telemetry;
    private final boolean compactOld;
    private final GcWord gcWord;
    private final Tracer tracer;
    private final ReferenceProcessor references;
    private final WorkCounts work = new WorkCounts();
    private final SlotVisitor adjuster = this::adjustSlot;
    /** Words of young's live objects found by the last full collection: what a minor one would have had to move. */
    private long youngLiveWords;

    FullCollection(Generations generations, RootSet roots, GcTelemetry telemetry, boolean compactOld) {
        this.g = generations;
        this.heap = generations.heap;
        this.roots = roots;
        this.telemetry = telemetry;
        this.compactOld = compactOld;
        this.gcWord = new GcWord(heap);
        this.tracer = new Tracer(heap, gcWord);
        this.references = new ReferenceProcessor(heap);
        tracer.discoverReferences(references);
    }

    /**
     * One {@code Pause Full}. After this, nothing unreachable remains in old; every reachable object is
     * unmarked; young's survivors are in old, or packed at the start of eden then survivor0 (then
     * survivor1, only if the heap is that full), keeping their ages; survivor0 is from-space; every card is
     * clean if young is empty, else dirty; and the block-start table is exact. Every weak reference (and, with
     * {@code clearSoft}, every soft reference) whose referent was not strongly reachable holds null.
     */
    void collect(GcCause cause, boolean clearSoft) {
        telemetry.pauseBegin(PauseKind.FULL, cause);
        telemetry.phaseBegin("mark"); // and reference processing, before the sweep or the plan frees anything
        references.begin(clearSoft);
        tracer.markRoots(roots);
        tracer.traceReferences();
        telemetry.work(tracer.takeWork());
        references.process(gcWord, work);
        report();

        if (!compactOld) {
            telemetry.phaseBegin("sweep");
            Sweeper.sweep(g.old, gcWord, work);
            report();
        }
        telemetry.phaseBegin("compute-addresses");
        YoungCursor young = new YoungCursor(g.youngSpaces());
        int oldTop = plan(young);
        report();
        telemetry.phaseBegin("adjust-pointers");
        adjust();
        report();
        telemetry.phaseBegin("move");
        move();
        report();

        if (compactOld) {
            g.old.clearFreeLists();
            if (oldTop < g.old.end()) {
                g.old.addFreeChunk(oldTop, g.old.end() - oldTop);
            }
        }
        boolean youngEmpty = young.finish();
        g.survivorZeroIsFrom();
        g.cards.rebuildBlockStarts();
        if (youngEmpty) {
            g.cards.cleanAll();
        } else {
            // Where the survivors that stayed young are referenced from is not recorded: scan all of old next.
            g.cards.dirtyAll();
        }
        telemetry.pauseEnd();
    }

    /** Soft references the last full collection kept (it did not clear soft references); see ReferenceProcessor. */
    long softReferentsKept() {
        return references.softReferentsKept();
    }

    long youngLiveWords() {
        return youngLiveWords;
    }

    /** Hands this phase's work to the telemetry, so each phase of the pause carries its own. */
    private void report() {
        telemetry.work(work);
        work.clear();
    }

    // ---------------------------------------------------------------- plan

    /**
     * Gives every live object its new address. Returns the end of old's live data when old is compacted
     * (everything from there up is free after the move); with {@code old=marksweep}, old's objects stay put
     * and a promoted object's place is cut from the free lists, formatted as a free chunk until the move so
     * that old stays parsable.
     */
    private int plan(YoungCursor young) {
        int oldTop = g.old.start();
        if (compactOld) {
            long freedObjects = 0;
            long freedWords = 0;
            for (int address = g.old.start(); address < g.old.end(); ) {
                int size = heap.sizeInWords(address);
                if (heap.isFree(address)) {
                    // a free chunk: its words are part of the room the slide closes
                } else if (gcWord.isMarked(address)) {
                    gcWord.setForwardingAddress(address, oldTop);
                    oldTop += size;
                } else {
                    freedObjects++;
                    freedWords += size;
                }
                address += size;
            }
            work.add(WorkKind.OBJECTS_FREED, freedObjects);
            work.add(WorkKind.WORDS_FREED, freedWords);
        }
        youngLiveWords = 0;
        for (BumpSpace space : g.youngSpaces()) {
            for (int address = space.start(); address < space.top(); ) {
                int size = heap.sizeInWords(address);
                if (gcWord.isMarked(address)) {
                    youngLiveWords += size;
                    int to = Heap.NULL;
                    if (compactOld) {
                        if (size <= g.old.end() - oldTop) {
                            to = oldTop;
                            oldTop += size;
                        }
                    } else {
                        to = g.old.allocate(size);
                        if (to != Heap.NULL) {
                            heap.formatFree(to, size, Heap.NULL);
                        }
                    }
                    if (to == Heap.NULL) {
                        to = young.place(address, size);
                    } else {
                        work.add(WorkKind.OBJECTS_PROMOTED, 1);
                        work.add(WorkKind.WORDS_PROMOTED, size);
                    }
                    gcWord.setForwardingAddress(address, to);
                }
                address += size;
            }
        }
        return oldTop;
    }

    // ---------------------------------------------------------------- adjust

    private void adjust() {
        long[] rootsUpdated = {0};
        roots.visitRoots(ref -> {
            int moved = newAddress(ref);
            if (moved != ref) {
                rootsUpdated[0]++;
            }
            return moved;
        });
        work.add(WorkKind.REFERENCES_UPDATED, rootsUpdated[0]);
        for (int address = g.old.start(); address < g.old.end(); ) {
            int size = heap.sizeInWords(address);
            // After a sweep every object of old is live; before a compaction only the marked ones are.
            if (!heap.isFree(address) && (!compactOld || gcWord.isMarked(address))) {
                heap.forEachReferenceSlot(address, adjuster);
            }
            address += size;
        }
        for (BumpSpace space : g.youngSpaces()) {
            for (int address = space.start(); address < space.top(); ) {
                if (gcWord.isMarked(address)) {
                    heap.forEachReferenceSlot(address, adjuster);
                }
                address += heap.sizeInWords(address);
            }
        }
    }

    private void adjustSlot(int slot) {
        int ref = heap.reference(slot);
        int moved = newAddress(ref);
        if (moved != ref) {
            heap.setReference(slot, moved);
            work.add(WorkKind.REFERENCES_UPDATED, 1);
        }
    }

    /**
     * The planned address of a live object that may move; the object itself otherwise. A reference to an
     * unmarked object that may move has no planned address: marking missed a reachable object, which is
     * reported rather than turned into a dangling or null reference.
     */
    private int newAddress(int ref) {
        if (ref != Heap.NULL && (g.isYoung(ref) || (compactOld && g.old.contains(ref)))) {
            if (!gcWord.isMarked(ref)) {
                throw new HeapCorruptionException("a reference to " + ref + ", which marking did not reach: "
                        + "a reachable object was about to be lost (a collector bug)");
            }
            return gcWord.forwardingAddress(ref);
        }
        return ref;
    }

    // ---------------------------------------------------------------- move

    private void move() {
        if (compactOld) {
            for (int address = g.old.start(); address < g.old.end(); ) {
                int size = heap.sizeInWords(address);
                if (!heap.isFree(address) && gcWord.isMarked(address)) {
                    moveTo(address, gcWord.forwardingAddress(address), size, 0);
                }
                address += size;
            }
        }
        for (BumpSpace space : g.youngSpaces()) {
            for (int address = space.start(); address < space.top(); ) {
                int size = heap.sizeInWords(address);
                if (gcWord.isMarked(address)) {
                    int to = gcWord.forwardingAddress(address);
                    int age = g.isYoung(to) ? GcWord.age(heap.gcWord(address)) : 0;
                    moveTo(address, to, size, age);
                }
                address += size;
            }
        }
    }

    /** Moves one object (unmarked, with the given age) to its planned address. */
    private void moveTo(int from, int to, int size, int age) {
        if (to != from) {
            heap.copyWords(from, to, size);
            work.add(WorkKind.OBJECTS_MOVED, 1);
            work.add(WorkKind.WORDS_MOVED, size);
        }
        heap.setGcWord(to, GcWord.aged(age));
    }

    /**
     * Where young's survivors that old cannot take go: packed from the start of eden, then survivor0, then
     * survivor1. A planned address never lies above the object's own (the cursor runs through the same
     * spaces in the same order as the walk, behind it), which is what makes moving in address order safe.
     */
    private static final class YoungCursor {
        private final BumpSpace[] spaces;
        private final int[] tops;
        private int current;

        YoungCursor(BumpSpace[] spaces) {
            this.spaces = spaces;
            this.tops = new int[spaces.length];
            for (int i = 0; i < spaces.length; i++) {
                tops[i] = spaces[i].start();
            }
        }

        int place(int address, int size) {
            while (size > spaces[current].end() - tops[current]) {
                current++;
            }
            int to = tops[current];
            if (to > address) {
                throw new IllegalStateException("young survivor at " + address + " planned above itself, at " + to);
            }
            tops[current] += size;
            return to;
        }

        /** Sets each space's top past what was placed in it; returns true if young is now empty. */
        boolean finish() {
            boolean empty = true;
            for (int i = 0; i < spaces.length; i++) {
                spaces[i].setTop(tops[i]);
                empty &= tops[i] == spaces[i].start();
            }
            return empty;
        }
    }
}
