/**
 * <b>nogc</b> — the baseline: a non-moving, non-generational collector that never collects, like HotSpot's
 * Epsilon ({@code -XX:+UseEpsilonGC}, JEP 318).
 *
 * <h2>Phases</h2>
 * <ol>
 *   <li>Allocate by bumping a pointer through one space that covers the whole heap.</li>
 *   <li>When the pointer reaches the end, throw the VM's {@code OutOfMemoryError}. There is no other phase.</li>
 * </ol>
 *
 * <h2>Invariants</h2>
 * <ul>
 *   <li>{@code [start, top)} holds every object ever allocated, packed in allocation order.</li>
 *   <li>Nothing is ever freed or moved, so nothing reachable can be lost.</li>
 * </ul>
 *
 * <h2>Barrier</h2>
 * None: stores and loads write and read the slot directly.
 *
 * <h2>GC word</h2>
 * Unused; always 0.
 *
 * <h2>Why it is here</h2>
 * It is the zero line of every benchmark: the mutator's cost with no collector work at all, and the
 * allocation rate of the cheapest allocator. Anything a collector adds is measured against it.
 *
 * <p>Source: A. Shipilëv, "JEP 318: Epsilon: A No-Op Garbage Collector", 2018.
 */
package gclab.collectors.nogc;
