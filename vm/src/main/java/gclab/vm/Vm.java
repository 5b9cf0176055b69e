package gclab.vm;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.HeapExhaustedException;
import gclab.heap.IllegalAllocationException;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.spi.MemoryManager;
import gclab.heap.spi.RootSet;
import gclab.heap.spi.RootSlots;
import gclab.heap.spi.RootVisitor;
import gclab.heap.telemetry.GcTelemetry;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.objectweb.asm.Opcodes;

/**
 * One Java virtual machine over one simulated heap. A {@code Vm} owns its {@link MemoryManager} (made from
 * the collector factory it is given: it never names a collector), its classes and statics, its metaspace, its
 * interned strings and class mirrors, and its interpreter. Nothing is static, so two VMs with different
 * collectors run side by side in one JVM.
 *
 * <p>The VM is the collector's {@link RootSet}: every reference slot of every frame (by the frame's reference
 * map at its current pc), every reference static, the interned strings and class mirrors, the VM's handles
 * (addresses that host code holds across an allocation) and the exception in flight.
 *
 * <p>A Vm runs one program, once: {@link #run}. It is not thread-safe.
 */
public final class Vm implements AutoCloseable {
    final VmOptions options;
    final MemoryManager mm;
    final Heap heap;
    final Metaspace metaspace = new Metaspace();
    final ClassTable classes;
    final Interpreter interpreter;
    final Natives natives;
    private final ClassPath classPath;

    /** Permanent roots: interned strings, class mirrors, the preallocated OutOfMemoryError. */
    final RootSlots constants = new RootSlots();
    private final Map<String, Integer> interned = new HashMap<>();
    /** Handles: addresses host code keeps across an allocation, in a stack (push, read back, pop). */
    private int[] handles = new int[64];
    int handleTop;
    /** The Java exception in flight (a root), while a {@link Interpreter.Thrown} unwinds host frames. */
    int pendingException;
    private int preallocatedOutOfMemory = -1;
    private int nextHash = 0x2545F491;

    // Field slots of the runtime library's classes the VM itself reads and writes.
    VmClass objectClass;
    VmClass stringClass;
    VmClass classClass;
    VmClass throwableClass;
    private int stringValue;
    private int className;
    int classId;
    private int throwableMessage;
    private int throwableCause;
    private int throwableBacktrace;
    private int throwableSuppressed;
    VmMethod objectToString;
    private boolean ran;

    public Vm(VmOptions options) {
        this.options = options;
        this.classPath = new ClassPath(options.classPath);
        this.mm = MemoryManager.create(options.collector, options.collectorOptions, options.heapBytes, new Roots());
        this.heap = mm.heap();
        this.classes = new ClassTable(this, classPath);
        this.interpreter = new Interpreter(this, options.stackSlots, options.maxFrames, options.maxInstructions);
        this.natives = new Natives(this);
        mm.telemetry().addArea(metaspace);
        if (options.verify) {
            mm.enableVerification(new Roots());
        }
        mm.setStress(options.stress);
    }

    public MemoryManager memoryManager() {
        return mm;
    }

    public GcTelemetry telemetry() {
        return mm.telemetry();
    }

    /** Bytes of class metadata so far. */
    public long metaspaceBytes() {
        return metaspace.usedBytes();
    }

    /**
     * Runs {@code mainClass}'s {@code public static void main(String[])} with {@code args} on a host thread of
     * its own (with a deep stack, so the frame limit, not the host, decides when a StackOverflowError comes),
     * and shuts the collector down. An uncaught exception is printed Java-style to the error stream and gives
     * status 1. A {@link GclabException} reports a failure of the VM (unsupported feature, bad class file,
     * spent budget).
     */
    public VmExit run(String mainClass, String... args) {
        if (ran) {
            throw new IllegalStateException("a Vm runs one program; create another Vm");
        }
        ran = true;
        VmExit[] exit = new VmExit[1];
        RuntimeException[] failure = new RuntimeException[1];
        Error[] error = new Error[1];
        Thread thread = new Thread(null, () -> {
            try {
                exit[0] = runOnThisThread(mainClass, args);
            } catch (RuntimeException e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        }, "gclab-main", options.hostThreadStackBytes);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GclabException("interrupted while the program ran");
        } finally {
            mm.shutdown();
            options.out.flush();
            options.err.flush();
        }
        if (error[0] instanceof StackOverflowError) {
            throw new GclabException("the host stack overflowed (" + interpreter.depth
                    + " frames); lower maxFrames", error[0]);
        }
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return exit[0];
    }

    private VmExit runOnThisThread(String mainClass, String[] args) {
        String name = mainClass.replace('.', '/');
        try {
            bootstrap();
            VmClass main;
            try {
                main = classes.load(name);
            } catch (ClassTable.ClassNotFound e) {
                throw new GclabException("main class " + mainClass + " not found on the class path");
            }
            VmMethod entry = main.declaredMethod("main([Ljava/lang/String;)V");
            if (entry == null || !entry.isStatic()) {
                throw new GclabException("class " + mainClass + " has no method public static void main(String[])");
            }
            initialize(main);
            int argv = newStringArray(args);
            int base = interpreter.freeBase();
            interpreter.stack[base] = argv;
            interpreter.invoke(entry, base);
            return new VmExit(0, null, interpreter.executed);
        } catch (Interpreter.Thrown t) {
            int exception = pendingException;
            String className = classes.classOf(exception).javaName();
            options.err.print("Exception in thread \"main\" ");
            printStackTrace(exception, options.err);
            pendingException = 0;
            return new VmExit(1, className, interpreter.executed);
        } catch (Interpreter.Exit e) {
            return new VmExit(e.status, null, interpreter.executed);
        }
    }

    /** Loads the classes the VM itself depends on and looks up the fields it reads. */
    private void bootstrap() {
        objectClass = classes.load("java/lang/Object");
        stringClass = classes.load("java/lang/String");
        classClass = classes.load("java/lang/Class");
        throwableClass = classes.load("java/lang/Throwable");
        stringValue = fieldSlot(stringClass, "value:[C");
        className = fieldSlot(classClass, "name:Ljava/lang/String;");
        classId = fieldSlot(classClass, "id:I");
        throwableMessage = fieldSlot(throwableClass, "detailMessage:Ljava/lang/String;");
        throwableCause = fieldSlot(throwableClass, "cause:Ljava/lang/Throwable;");
        throwableBacktrace = fieldSlot(throwableClass, "backtrace:Ljava/lang/Object;");
        throwableSuppressed = fieldSlot(throwableClass, "suppressed:[Ljava/lang/Throwable;");
        objectToString = objectClass.declaredMethod("toString()Ljava/lang/String;");
        VmClass oome = classes.load("java/lang/OutOfMemoryError");
        int error = allocate(oome.layout, 0);
        pushHandle(error);
        int message = newString("Java heap space");
        error = popHandle();
        setReferenceField(error, throwableMessage, message);
        setReferenceField(error, throwableCause, error);
        preallocatedOutOfMemory = constants.add(error);
    }

    private static int fieldSlot(VmClass c, String nameAndDescriptor) {
        VmField f = c.fields.get(nameAndDescriptor);
        if (f == null) {
            throw new GclabException("the runtime library's " + c.javaName() + " lacks field " + nameAndDescriptor);
        }
        return f.slot;
    }

    // ---------------------------------------------------------------- allocation and exceptions

    /** A new object; a full heap becomes the program's OutOfMemoryError. May collect. */
    int allocate(Layout layout, int length) {
        try {
            return mm.allocate(layout, length);
        } catch (HeapExhaustedException e) {
            throw outOfMemory("Java heap space");
        } catch (IllegalAllocationException e) {
            // HotSpot's limit is Integer.MAX_VALUE - 2 elements; a shorter array too large for the heap is
            // "Java heap space" there, whatever gclab's own limits are.
            throw outOfMemory(length > Integer.MAX_VALUE - 2 ? "Requested array size exceeds VM limit" : "Java heap space");
        }
    }

    private Interpreter.Thrown outOfMemory(String message) {
        int fresh = tryNewThrowable(classes.load("java/lang/OutOfMemoryError"), message);
        pendingException = fresh != 0 ? fresh : constants.get(preallocatedOutOfMemory);
        return new Interpreter.Thrown();
    }

    /**
     * Makes a new exception of class {@code className} with {@code message} and the current backtrace, as if
     * the program had thrown it, and returns the host exception that carries it to a handler.
     */
    Interpreter.Thrown raise(String className, String message) {
        VmClass c = classes.load(className);
        initialize(c);
        int exception = tryNewThrowable(c, message);
        pendingException = exception != 0 ? exception : constants.get(preallocatedOutOfMemory);
        return new Interpreter.Thrown();
    }

    /** A new throwable with message and backtrace, or 0 if the heap has no room for it. */
    private int tryNewThrowable(VmClass c, String message) {
        int top = handleTop;
        try {
            int exception = mm.allocate(c.layout, 0);
            pushHandle(exception);
            int text = message == null ? 0 : newStringOrFail(message);
            exception = handle(top);
            setReferenceField(exception, throwableMessage, text);
            setReferenceField(exception, throwableCause, exception);
            fillInStackTrace(top, interpreter.depth - 1, false, true);
            return handle(top);
        } catch (HeapExhaustedException | IllegalAllocationException e) {
            return 0;
        } finally {
            handleTop = top;
        }
    }

    Interpreter.Thrown stackOverflow() {
        return raise("java/lang/StackOverflowError", null);
    }

    GclabException budgetExhausted(String where) {
        return new GclabException("instruction budget of " + options.maxInstructions
                + " bytecodes exhausted (at " + where + "); the program may not terminate");
    }

    /**
     * Records the backtrace of the throwable held in handle {@code handleIndex}: (method id, line) pairs of the
     * frames from {@code topFrame} down, skipping the throwable's own constructors if {@code skipConstructors}.
     * With {@code raw}, a full heap is left as a HeapExhaustedException for the caller.
     */
    void fillInStackTrace(int handleIndex, int topFrame, boolean skipConstructors, boolean raw) {
        int d = topFrame;
        if (skipConstructors) {
            while (d >= 0 && interpreter.frameMethod[d].isConstructor()
                    && interpreter.frameMethod[d].owner.isSubtypeOf(throwableClass)) {
                d--;
            }
        }
        int frames = 0;
        for (int k = d; k >= 0 && frames < 1024; k--) {
            if (!interpreter.frameMethod[k].owner.hidden) {
                frames++;
            }
        }
        Layout intArray = classes.arrayOf(classes.primitive("int")).layout;
        int trace = raw ? mm.allocate(intArray, frames * 2) : allocate(intArray, frames * 2);
        for (int i = 0; i < frames; d--) {
            VmMethod m = interpreter.frameMethod[d];
            if (m.owner.hidden) {
                continue;
            }
            heap.setPrimitiveElement(trace, ElementKind.INT, 2 * i, m.id);
            heap.setPrimitiveElement(trace, ElementKind.INT, 2 * i + 1, m.lineAt(interpreter.framePc[d]));
            i++;
        }
        setReferenceField(handle(handleIndex), throwableBacktrace, trace);
    }

    /**
     * Prints a throwable as the JDK does: its toString, its frames, then its suppressed exceptions (indented,
     * "Suppressed: ") and its cause ("Caused by: "), each with the frames it shares with the enclosing trace
     * elided as "... n more".
     */
    void printStackTrace(int throwable, PrintStream out) {
        int top = handleTop;
        try {
            printEnclosed(pushHandle(throwable), new String[0], "", "", out, 0);
        } finally {
            handleTop = top;
        }
    }

    /** One throwable of a printed trace (the one in handle {@code index}), then what it encloses. */
    private void printEnclosed(int index, String[] enclosing, String caption, String prefix, PrintStream out,
            int depth) {
        out.println(prefix + caption + describe(index));
        String[] frames = frames(heap.reference(Heap.slotAddress(handle(index), throwableBacktrace)));
        int m = frames.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && frames[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        for (int i = 0; i <= m; i++) {
            out.println(prefix + "\tat " + frames[i]);
        }
        if (m < frames.length - 1) {
            out.println(prefix + "\t... " + (frames.length - 1 - m) + " more");
        }
        if (depth >= 32) {
            return;
        }
        int suppressed = heap.reference(Heap.slotAddress(handle(index), throwableSuppressed));
        if (suppressed != 0) {
            int array = pushHandle(suppressed);
            for (int i = 0; i < heap.lengthOf(handle(array)); i++) {
                int one = heap.reference(Heap.slotAddress(handle(array), i));
                if (one != 0) {
                    printEnclosed(pushHandle(one), frames, "Suppressed: ", prefix + "\t", out, depth + 1);
                }
                handleTop = array + 1;
            }
        }
        int t = handle(index);
        int cause = heap.reference(Heap.slotAddress(t, throwableCause));
        if (cause != 0 && cause != t) {
            printEnclosed(pushHandle(cause), frames, "Caused by: ", prefix, out, depth + 1);
        }
    }

    /**
     * A new StackTraceElement[] for the backtrace of {@code throwable} (null if it has none). May collect: the
     * throwable is read back from its handle after every allocation.
     */
    int stackTraceElements(int throwable) {
        int top = handleTop;
        try {
            int self = pushHandle(throwable);
            int trace = heap.reference(Heap.slotAddress(throwable, throwableBacktrace));
            if (trace == 0) {
                return 0;
            }
            int n = heap.lengthOf(trace) / 2;
            VmClass element = classes.load("java/lang/StackTraceElement");
            int array = pushHandle(allocate(classes.arrayOf(element).layout, n));
            VmField[] fields = {element.fields.get("declaringClass:Ljava/lang/String;"),
                element.fields.get("methodName:Ljava/lang/String;"), element.fields.get("fileName:Ljava/lang/String;"),
                element.fields.get("lineNumber:I")};
            for (int i = 0; i < n; i++) {
                trace = heap.reference(Heap.slotAddress(handle(self), throwableBacktrace));
                VmMethod m = classes.methods.get((int) heap.primitiveElement(trace, ElementKind.INT, 2 * i));
                int line = (int) heap.primitiveElement(trace, ElementKind.INT, 2 * i + 1);
                String file = m.owner.node == null ? null : m.owner.node.sourceFile;
                int e = pushHandle(allocate(element.layout, 0));
                heap.setWord(Heap.slotAddress(handle(e), fields[3].slot), m.isNative() ? -2 : line > 0 ? line : -1);
                String[] texts = {m.owner.javaName(), m.name, file};
                for (int k = 0; k < 3; k++) {
                    if (texts[k] != null) {
                        int text = newString(texts[k]);
                        setReferenceField(handle(e), fields[k].slot, text);
                    }
                }
                int a = handle(array);
                mm.storeReference(a, Heap.slotAddress(a, i), handle(e));
                handleTop = e;
            }
            return handle(array);
        } finally {
            handleTop = top;
        }
    }

    /** The throwable in handle {@code index} by its toString(), or its class name if toString() throws. */
    private String describe(int index) {
        try {
            return natives.toHostString(handle(index));
        } catch (Interpreter.Thrown e) {
            pendingException = 0;
            return classes.classOf(handle(index)).javaName();
        }
    }

    /** The frames of a backtrace, as the JDK prints them ({@code pkg.Class.method(File.java:12)}). */
    private String[] frames(int trace) {
        if (trace == 0) {
            return new String[0];
        }
        String[] frames = new String[heap.lengthOf(trace) / 2];
        for (int i = 0; i < frames.length; i++) {
            VmMethod m = classes.methods.get((int) heap.primitiveElement(trace, ElementKind.INT, 2 * i));
            int line = (int) heap.primitiveElement(trace, ElementKind.INT, 2 * i + 1);
            String file = m.owner.node == null || m.owner.node.sourceFile == null
                    ? "Unknown Source" : m.owner.node.sourceFile;
            String where = m.isNative() ? "Native Method" : line > 0 ? file + ":" + line : file;
            frames[i] = m.owner.javaName() + "." + m.name + "(" + where + ")";
        }
        return frames;
    }

    // ---------------------------------------------------------------- classes

    /**
     * Class initialisation (JVMS 5.5) for one thread: after this, {@code c} is initialised or being
     * initialised by a caller (a recursive request returns at once). The superclass is initialised first, then
     * string constants are interned, then {@code <clinit>} runs. An exception that is not an Error is wrapped in
     * ExceptionInInitializerError, and the class is erroneous from then on (NoClassDefFoundError).
     */
    void initialize(VmClass c) {
        if (c.state == VmClass.State.INITIALIZED || c.state == VmClass.State.INITIALIZING) {
            return;
        }
        if (c.state == VmClass.State.ERRONEOUS) {
            throw raise("java/lang/NoClassDefFoundError", "Could not initialize class " + c.javaName());
        }
        c.state = VmClass.State.INITIALIZING;
        try {
            if (c.superclass != null) {
                initialize(c.superclass);
            }
            if (!c.isInterface()) {
                for (VmClass i : c.interfaces) {
                    initializeDefaultBearing(i);
                }
            }
            for (VmField f : c.fields.values()) {
                if (f.isStatic && f.constantValue instanceof String) {
                    classes.statics[f.slot] = constants.get(internIndex((String) f.constantValue));
                }
            }
            VmMethod clinit = c.declaredMethod("<clinit>()V");
            if (clinit != null) {
                interpreter.invoke(clinit, interpreter.freeBase());
            }
            c.state = VmClass.State.INITIALIZED;
        } catch (Interpreter.Thrown t) {
            c.state = VmClass.State.ERRONEOUS;
            int exception = pendingException;
            if (classes.classOf(exception).isSubtypeOf(classes.load("java/lang/Error"))) {
                throw t;
            }
            pushHandle(exception);
            Interpreter.Thrown wrapped = raise("java/lang/ExceptionInInitializerError", null);
            setReferenceField(pendingException, throwableCause, popHandle());
            throw wrapped;
        }
    }

    /**
     * JVMS 5.5 step 7: a class's superinterfaces that declare a default method are initialised with it, each
     * after its own superinterfaces (those without one are initialised only on their own first active use).
     */
    private void initializeDefaultBearing(VmClass i) {
        for (VmClass sup : i.interfaces) {
            initializeDefaultBearing(sup);
        }
        for (VmMethod m : i.methodList) {
            if ((m.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0) {
                initialize(i);
                return;
            }
        }
    }

    /**
     * HotSpot's ClassCastException message for a program run with {@code java -cp}: the runtime library's
     * classes (and primitive arrays) are java.base's, loaded by the bootstrap loader; the program's are in the
     * unnamed module of the application loader. An array belongs where its element class does.
     */
    String classCastMessage(VmClass actual, VmClass target) {
        String actualPlace = moduleOfLoader(actual);
        String targetPlace = moduleOfLoader(target);
        String where = actualPlace.equals(targetPlace)
                ? actual.javaName() + " and " + target.javaName() + " are in " + actualPlace
                : actual.javaName() + " is in " + actualPlace + "; " + target.javaName() + " is in " + targetPlace;
        return "class " + actual.javaName() + " cannot be cast to class " + target.javaName() + " (" + where + ")";
    }

    private static String moduleOfLoader(VmClass c) {
        VmClass bottom = c;
        while (bottom.isArray()) {
            bottom = bottom.component;
        }
        return bottom.isPrimitive || bottom.name.startsWith("java/") ? "module java.base of loader 'bootstrap'"
                : "unnamed module of loader 'app'";
    }

    /** The java.lang.Class mirror of {@code c}, created on first use and kept as a permanent root. */
    int mirror(VmClass c) {
        if (c.mirror < 0) {
            int m = allocate(classClass.layout, 0);
            heap.setWord(Heap.slotAddress(m, classId), c.id);
            int index = constants.add(m);
            int name = newString(c.isPrimitive ? c.name : c.javaName());
            setReferenceField(constants.get(index), className, name);
            c.mirror = index;
            metaspace.add(16);
        }
        return constants.get(c.mirror);
    }

    /** The class a mirror stands for. */
    VmClass classOfMirror(int mirror) {
        return classes.byId((int) heap.word(Heap.slotAddress(mirror, classId)));
    }

    // ---------------------------------------------------------------- strings

    /** The index in {@link #constants} of the interned string equal to {@code s}. */
    int internIndex(String s) {
        Integer index = interned.get(s);
        if (index == null) {
            index = constants.add(newString(s));
            interned.put(s, index);
            metaspace.add(32 + 2L * s.length() / 8);
        }
        return index;
    }

    /** A new heap String with the characters of {@code s}. May collect. */
    int newString(String s) {
        int chars = allocate(classes.arrayOf(classes.primitive("char")).layout, s.length());
        for (int i = 0; i < s.length(); i++) {
            heap.setPrimitiveElement(chars, ElementKind.CHAR, i, s.charAt(i));
        }
        pushHandle(chars);
        int string = allocate(stringClass.layout, 0);
        setReferenceField(string, stringValue, popHandle());
        return string;
    }

    private int newStringOrFail(String s) {
        int chars = mm.allocate(classes.arrayOf(classes.primitive("char")).layout, s.length());
        for (int i = 0; i < s.length(); i++) {
            heap.setPrimitiveElement(chars, ElementKind.CHAR, i, s.charAt(i));
        }
        pushHandle(chars);
        int string = mm.allocate(stringClass.layout, 0);
        setReferenceField(string, stringValue, popHandle());
        return string;
    }

    /** The host string with the characters of heap String {@code ref}. Does not allocate in the heap. */
    String hostString(int ref) {
        int chars = mm.loadReference(ref, Heap.slotAddress(ref, stringValue));
        int n = heap.lengthOf(chars);
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = (char) heap.primitiveElement(chars, ElementKind.CHAR, i);
        }
        return new String(c);
    }

    /** A new String[] holding new strings with the given texts. May collect. */
    int newStringArray(String[] args) {
        int array = allocate(classes.arrayOf(stringClass).layout, args.length);
        pushHandle(array);
        for (int i = 0; i < args.length; i++) {
            int s = newString(args[i]);
            int a = handle(handleTop - 1);
            mm.storeReference(a, Heap.slotAddress(a, i), s);
        }
        return popHandle();
    }

    // ---------------------------------------------------------------- objects

    void setReferenceField(int object, int fieldSlot, int value) {
        mm.storeReference(object, Heap.slotAddress(object, fieldSlot), value);
    }

    int referenceField(int object, int fieldSlot) {
        return mm.loadReference(object, Heap.slotAddress(object, fieldSlot));
    }

    /**
     * The identity hash of {@code object}, stable when a collector moves it. An instance keeps it in the upper
     * half of its shape word, which the object model leaves unused for instances (the array length's place),
     * so it moves with the object. Arrays have no spare header bits: theirs is derived from their length and
     * class, which is stable but not unique (documented in docs/ARCHITECTURE.md).
     */
    int identityHash(int object) {
        long shape = heap.word(object);
        if (heap.layoutOf(object).isArray()) {
            return (ObjectModel.typeIdOf(shape) * 0x9E3779B1 + ObjectModel.lengthOf(shape) * 31) >>> 1;
        }
        int hash = ObjectModel.lengthOf(shape);
        if (hash == 0) {
            int x = nextHash;
            x ^= x << 13;
            x ^= x >>> 17;
            x ^= x << 5;
            nextHash = x;
            hash = (x & 0x7FFF_FFFF) == 0 ? 1 : x & 0x7FFF_FFFF;
            heap.setWord(object, ObjectModel.shape(ObjectModel.typeIdOf(shape), hash));
        }
        return hash;
    }

    // ---------------------------------------------------------------- handles

    int pushHandle(int ref) {
        if (handleTop == handles.length) {
            handles = Arrays.copyOf(handles, handleTop * 2);
        }
        handles[handleTop] = ref;
        return handleTop++;
    }

    int popHandle() {
        return handles[--handleTop];
    }

    int handle(int index) {
        return handles[index];
    }

    void setHandle(int index, int ref) {
        handles[index] = ref;
    }

    @Override
    public void close() {
        mm.shutdown();
        classPath.close();
    }

    // ---------------------------------------------------------------- roots

    /** The VM's root set: frames, statics, constants, handles and the exception in flight. */
    private final class Roots implements RootSet {
        @Override
        public void visitRoots(RootVisitor visitor) {
            Interpreter in = interpreter;
            if (in != null) {
                long[] s = in.stack;
                for (int d = 0; d < in.depth; d++) {
                    int base = in.frameBase[d];
                    for (int slot : in.frameMethod[d].referenceSlotsAt(in.framePc[d])) {
                        int ref = (int) s[base + slot];
                        if (ref != Heap.NULL) {
                            int moved = visitor.visitRoot(ref);
                            if (!options.brokenFrameRootUpdates) {
                                s[base + slot] = moved;
                            }
                        }
                    }
                }
            }
            if (classes != null) {
                long[] statics = classes.statics;
                for (int i = 0; i < classes.refStaticCount; i++) {
                    int slot = classes.refStatics[i];
                    int ref = (int) statics[slot];
                    if (ref != Heap.NULL) {
                        statics[slot] = visitor.visitRoot(ref);
                    }
                }
            }
            constants.visitRoots(visitor);
            for (int i = 0; i < handleTop; i++) {
                if (handles[i] != Heap.NULL) {
                    handles[i] = visitor.visitRoot(handles[i]);
                }
            }
            if (pendingException != Heap.NULL) {
                pendingException = visitor.visitRoot(pendingException);
            }
        }

        @Override
        public void describeRoots(NamedRootVisitor visitor) {
            Interpreter in = interpreter;
            if (in != null) {
                for (int d = 0; d < in.depth; d++) {
                    VmMethod m = in.frameMethod[d];
                    int base = in.frameBase[d];
                    for (int slot : m.referenceSlotsAt(in.framePc[d])) {
                        int ref = (int) in.stack[base + slot];
                        if (ref != Heap.NULL) {
                            String what = m.isNative() || slot < m.maxLocals ? "local " + slot
                                    : "stack " + (slot - m.maxLocals);
                            visitor.visitRoot("frame " + d + " " + what + " of " + m.where(in.framePc[d]), ref);
                        }
                    }
                }
            }
            if (classes != null) {
                for (int i = 0; i < classes.refStaticCount; i++) {
                    int ref = (int) classes.statics[classes.refStatics[i]];
                    if (ref != Heap.NULL) {
                        visitor.visitRoot("static #" + classes.refStatics[i], ref);
                    }
                }
            }
            constants.describeRoots((name, ref) -> visitor.visitRoot("constant " + name, ref));
            for (int i = 0; i < handleTop; i++) {
                if (handles[i] != Heap.NULL) {
                    visitor.visitRoot("handle " + i, handles[i]);
                }
            }
            if (pendingException != Heap.NULL) {
                visitor.visitRoot("pending exception", pendingException);
            }
        }
    }
}
