/**
 * gclab's Java virtual machine: it runs class files compiled by an ordinary {@code javac} with every object
 * and array of the program in the simulated heap, managed by whichever collector it is given.
 *
 * <h2>The pieces, in the order a program meets them</h2>
 * <ol>
 *   <li><b>{@link gclab.vm.Vm}</b> — one instance per program run. It owns its
 *       {@link gclab.heap.spi.MemoryManager} (created from the {@link gclab.heap.spi.CollectorFactory},
 *       options and heap size in its {@link gclab.vm.VmOptions}: the VM never names a collector), its classes,
 *       statics, metaspace, interned strings and class mirrors. Nothing is static: two VMs with different
 *       collectors run side by side in one JVM. The program runs on a host thread of its own with a deep
 *       stack, so the frame limit, not the host, decides when a {@code StackOverflowError} comes.</li>
 *   <li><b>ClassPath, ClassTable</b> — class files come from the runtime library (below) for {@code java/...}
 *       names, then from the class path's directories and jars. ASM's {@code ClassReader} builds a
 *       {@code ClassNode}; linking gives each class a heap {@link gclab.heap.Layout} (one word per field,
 *       superclass fields first, reference slots from the descriptors), a vtable (the superclass's, overridden
 *       entries replaced, new methods and interface defaults appended), and statics: one {@code long[]} for
 *       the whole VM, whose reference slots are roots. {@code <clinit>} runs on first active use in the JVM
 *       specification's order (superclass first; an exception becomes ExceptionInInitializerError and the
 *       class erroneous).</li>
 *   <li><b>Decoder</b> — on its first invocation a method is decoded once into a compact {@code int[]}: the
 *       JVM's opcodes with inline operands (locals, constants, branch targets as pcs, switch tables), symbolic
 *       references as indexes into a per-method pool. The first execution of a symbolic instruction resolves it
 *       and rewrites it in place to a quick form ({@link gclab.vm.Op}: a field's word, a vtable index, a class,
 *       a call target, an interned string's root). A few common sequences ({@code aload; getfield},
 *       {@code aload; xload; putfield}, {@code new; dup}, ...) run as one superinstruction: one dispatch for
 *       two or three bytecodes, each still counted. A call of a constructor that only stores its arguments
 *       into its fields after {@code super()} of Object runs as those stores, without a frame of its own, and an
 *       {@code invokevirtual} on a final class is a direct call. ASM's {@code Analyzer} with a {@code BasicInterpreter} gives,
 *       for every instruction, the frame slots that hold references: the frame's exact root map. At a call the
 *       arguments are left out, because they have become the callee's locals.</li>
 *   <li><b>Interpreter</b> — one {@code switch} loop per activation, {@code pc} and {@code sp} in Java locals.
 *       All frames share one {@code long[]} stack (locals then operand stack; a callee's locals begin where the
 *       caller pushed its arguments). Before every instruction that may allocate, call, throw or poll, the
 *       frame's pc is stored, so the root set reads each frame through its map at that pc. Safepoint polls are
 *       at backward branches and calls; allocation goes through the memory manager, where collectors decide.
 *       Java exceptions cross host frames as a light host exception; the thrown object waits in a root. The
 *       interpreter never branches on which collector runs: reference loads and stores go through the memory
 *       manager's barriers.</li>
 *   <li><b>Natives</b> — intrinsics for the runtime library's {@code native} methods: identity hash, class
 *       mirrors, clone, arraycopy, output, floating-point text, String.format, regular expressions and Unicode
 *       classification (the host JDK's, so bit-identical; their results are new heap objects), Math, System
 *       and Runtime (whose memory figures are the simulated heap's), the string concatenation of
 *       {@code invokedynamic makeConcatWithConstants}, backtraces, {@code java.lang.reflect.Array}'s new arrays,
 *       and the library's hook for refusing a case it does not reproduce ({@code gclab: unsupported}).</li>
 *   <li><b>Lambdas, ObjectMethods</b> — {@code invokedynamic} with {@code LambdaMetafactory}: the VM spins a
 *       small class per call site (captured values as fields, a factory, the interface method adapting
 *       arguments and calling the implementation) and rewrites the call site to call its factory. A record's
 *       toString, equals and hashCode ({@code ObjectMethods.bootstrap}) are spun the same way.</li>
 * </ol>
 *
 * <h2>The runtime library</h2>
 * {@code src/rt/java} holds gclab's own {@code java.lang} (Object, Class, String, StringBuilder, StringBuffer,
 * the boxes with their bit operations, Character and its classification, Math, StrictMath, System, Runtime,
 * Thread, Enum, Record, Iterable, Comparable, Throwable with StackTraceElement, and the common exceptions and
 * errors), {@code java.io.PrintStream} (print, println, printf, format), {@code java.lang.reflect.Array}
 * (newInstance, getLength), {@code java.lang.ref} (weak and soft references) and {@code java.util}. It is plain Java compiled by the build as a patch of
 * {@code java.base} ({@code --patch-module}), so it reads like the JDK and its class files carry the JDK's
 * names; they are packed under {@code gclab-rt/} in the vm jar, never put on the host's class path, and loaded
 * into the VM like program classes. So a program's strings, builders, boxes and collections — every table,
 * node, entry and iterator — live in the simulated heap and their garbage is the collectors' garbage. The
 * library is written from the JDK's public specification (no OpenJDK source), and {@code RuntimeLibraryTest}
 * checks that it never names a class outside itself.
 *
 * <p><b>java.util</b> provides: the collection interfaces (Collection, List, Set, SortedSet, NavigableSet,
 * Queue, Deque, Map with its default methods, SortedMap, NavigableMap, Iterator, ListIterator, Enumeration,
 * RandomAccess) and their Abstract* bases; ArrayList, LinkedList, ArrayDeque, PriorityQueue, HashMap,
 * LinkedHashMap (insertion or access order, removeEldestEntry), HashSet, LinkedHashSet, TreeMap and TreeSet
 * (red-black, with the range and descending views), Hashtable, Vector, Stack; List.of, Set.of, Map.of,
 * Map.entry and copyOf; Arrays (sort, binarySearch, fill, copyOf, copyOfRange, equals, hashCode, toString,
 * deepToString, deepEquals, deepHashCode, asList, setAll), Collections (sort, shuffle, reverse, swap, rotate,
 * min, max, frequency, binarySearch, nCopies, the empty, singleton and unmodifiable views), Comparator
 * (comparing, thenComparing, reversed, nullsFirst, ...), Objects, Optional and OptionalInt/Long/Double,
 * StringJoiner, Random, the java.util.function interfaces, and the exceptions these throw.
 *
 * <p><b>What a program can observe is the JDK's.</b> Iteration order of HashMap and HashSet (unspecified, but
 * printed by programs) follows from the same table sizes (powers of two; a requested capacity, the copy
 * constructor's and putAll's presizing, HashSet(Collection)'s), the hash spreading {@code h ^ (h >>> 16)}, the
 * resize points (after put's insertion, before the compute family's lookup; a long bin doubles a table under
 * 64 bins), where a new node goes in its bin (put appends, compute, computeIfAbsent and merge prepend) and
 * order-preserving bin splits; Hashtable's order from its capacity 11, modulo bucket, head insertion, rehash to
 * 2n + 1 and last-to-first iteration; PriorityQueue's array order from the JDK's sift-up, sift-down and
 * heapify. Random is the JDK's documented 48-bit LCG, so every method gives the JDK's sequence for a seed
 * (the two-argument bounded ones as JDK 17's RandomGenerator defaults). Sorting objects is stable (merge
 * sort), which makes any comparator give the JDK's result; Collections.shuffle makes the JDK's swaps.
 * toString formats, fail-fast iterators (ConcurrentModificationException at the same points) and the
 * messages of the exceptions the library throws explicitly ("Index 5 out of bounds for length 3",
 * "Index: 5, Size: 3", "No value present", ...) are the JDK's. Floating-point text and String.format/printf
 * (%d %s %f %.Nf %x %n %,d and the rest, boxed arguments unboxed from the heap) are the host JDK's, through
 * intrinsics.
 *
 * <p><b>java.lang.ref</b> provides Reference ({@code get}, {@code clear}, {@code refersTo}, {@code enqueue} and
 * {@code isEnqueued}, which return false: there are no queues), WeakReference and SoftReference (both
 * constructors; the one with a queue only with a null queue). When the {@code ClassTable} links
 * Reference or a subclass, its layout names the {@code referent} field's slot as the referent slot, SOFT for
 * SoftReference and its subclasses, WEAK otherwise ({@link gclab.heap.Layout#referentStrength()}). Whether a
 * referent is ever cleared is the collector's business: those whose traits say {@code clearsWeakReferences}
 * (marksweep; generational's full collections) clear weak referents that are no longer strongly reachable, and
 * soft ones in their last resort before an OutOfMemoryError; every other collector keeps referents alive like
 * ordinary fields, so a program sees a weak reference that is never cleared — legal, and never a dangling
 * pointer.
 *
 * <p><b>Not provided</b> (each fails at first use with {@code gclab: unsupported: <what> (at
 * Class.method:line)}, never a wrong answer): streams, spliterators and parallel operations;
 * {@code java.util.concurrent} (ConcurrentHashMap, ...); ReferenceQueue (its constructor refuses: references
 * are cleared, never enqueued) and PhantomReference; IdentityHashMap, WeakHashMap, EnumMap, EnumSet, BitSet, Properties,
 * Scanner, Formatter, Locale, Calendar/Date; Collections' synchronized and checked wrappers; reflection
 * beyond Array. One case inside a supported class is refused rather than approximated: a HashMap bin of more
 * than 8 colliding keys in a table of 64 bins or more, which the JDK turns into a red-black tree ordered by
 * hash and comparison; gclab keeps the bin a list (lookups stay right), and iterating that map afterwards is
 * {@code gclab: unsupported: iteration order of a HashMap or HashSet with more than 8 colliding keys in one
 * bin}. Set.of and Map.of iterate in argument order, a legal order (the JDK randomises theirs per run).
 * Library code reports such refusals through {@code jdk.internal.gclab.Unsupported.feature}, an intrinsic
 * that names the program's innermost frame.
 *
 * <h2>Object representation</h2>
 * Instances use the heap's object model: two header words, then one word per field (ints, floats as raw bits,
 * longs and doubles, references). A String is a {@code char[]} and a cached hash, the JDK 8 layout (HotSpot
 * 17's compact strings would use a {@code byte[]} for Latin-1 text: our strings are up to twice as large). An
 * instance's identity hash is kept in the upper half of its shape word, where an array keeps its length, so it
 * moves with the object; an array's identity hash is derived from its class and length (stable, not unique).
 * Messages of VM-raised exceptions follow the JDK's where a program is likely to print them (array index,
 * division by zero, negative size, number format, class cast as a {@code java -cp} run words it, arraycopy,
 * the formatter's exceptions) but are not HotSpot's "helpful NullPointerException" texts. Backtraces leave out
 * the classes the VM generates (lambdas, record methods), as HotSpot leaves out its hidden classes.
 *
 * <h2>Roots (clox's rule)</h2>
 * The VM's root set is: every reference slot of every frame by its map, the reference statics, the interned
 * strings and class mirrors, the exception in flight, a preallocated OutOfMemoryError, and the handles — a
 * stack of addresses host code (natives, the VM itself) keeps across an allocation. No heap address is held in
 * a host local across an allocation unless it is also in one of these, and is read back from there afterwards.
 * The tests prove it by running every program with a collector that compacts before every allocation.
 */
package gclab.vm;
