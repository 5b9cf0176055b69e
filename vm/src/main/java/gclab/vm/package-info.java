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
 *       {@code invokedynamic makeConcatWithConstants}, and backtraces.</li>
 *   <li><b>Lambdas, ObjectMethods</b> — {@code invokedynamic} with {@code LambdaMetafactory}: the VM spins a
 *       small class per call site (captured values as fields, a factory, the interface method adapting
 *       arguments and calling the implementation) and rewrites the call site to call its factory. A record's
 *       toString, equals and hashCode ({@code ObjectMethods.bootstrap}) are spun the same way.</li>
 * </ol>
 *
 * <h2>The runtime library</h2>
 * {@code src/rt/java} holds gclab's own {@code java.lang} (Object, Class, String, StringBuilder, StringBuffer,
 * the boxes, Character, Math, StrictMath, System, Runtime, Thread, Enum, Record, Iterable, Throwable with
 * StackTraceElement, and the common exceptions and errors), {@code java.io.PrintStream},
 * {@code java.util.Objects}, {@code Iterator} and the basic {@code java.util.function} interfaces. It is plain Java compiled by the build as a patch of
 * {@code java.base} ({@code --patch-module}), so it reads like the JDK and its class files carry the JDK's
 * names; they are packed under {@code gclab-rt/} in the vm jar, never put on the host's class path, and loaded
 * into the VM like program classes. So a program's strings, builders and boxes live in the simulated heap and
 * their garbage is the collectors' garbage. A program that uses a JDK class or method outside the library gets
 * {@code gclab: unsupported: <what> (at Class.method:line)} at its first use, never a wrong answer.
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
