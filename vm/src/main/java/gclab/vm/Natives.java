package gclab.vm;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import java.util.HashMap;
import java.util.IllegalFormatException;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Intrinsics: the {@code native} methods of the runtime library (and the VM's string concatenation),
 * implemented in the host. An intrinsic finds its arguments in the interpreter's stack at {@code base}; they
 * are roots while it runs (a native frame's map is its reference arguments), so after any allocation it
 * reads them again from the stack. It returns its result as raw bits.
 *
 * <p>Text conversions of floating-point numbers and Unicode classification call the host JDK, so they are
 * bit-identical to it.
 */
final class Natives {
    /** One native method. */
    @FunctionalInterface
    interface Intrinsic {
        long call(long[] s, int base);
    }

    private final Vm vm;
    private final Heap heap;
    private final Map<String, Intrinsic> table = new HashMap<>();

    Natives(Vm vm) {
        this.vm = vm;
        this.heap = vm.heap;
        registerObject();
        registerClass();
        registerStrings();
        registerNumbers();
        registerMath("java/lang/Math");
        registerMath("java/lang/StrictMath");
        registerSystem();
    }

    private void register(String owner, String nameAndDescriptor, Intrinsic intrinsic) {
        table.put(owner + "." + nameAndDescriptor, intrinsic);
    }

    /** Runs native method {@code m}; its arguments are at {@code base}. */
    long call(VmMethod m, int base) {
        Intrinsic intrinsic = m.intrinsic;
        if (intrinsic == null) {
            intrinsic = table.get(m.owner.name + "." + m.nameAndDescriptor());
            if (intrinsic == null) {
                throw GclabException.unsupported("native method " + m.owner.javaName() + "." + m.name + m.descriptor);
            }
            m.intrinsic = intrinsic;
        }
        int handles = vm.handleTop;
        try {
            return intrinsic.call(vm.interpreter.stack, base);
        } finally {
            vm.handleTop = handles;
        }
    }

    private Interpreter.Thrown npe(String message) {
        return vm.raise("java/lang/NullPointerException", message);
    }

    // ---------------------------------------------------------------- java.lang.Object, Class

    private void registerObject() {
        register("java/lang/Object", "getClass()Ljava/lang/Class;",
                (s, b) -> vm.mirror(vm.classes.classOf((int) s[b])));
        register("java/lang/Object", "hashCode()I", (s, b) -> vm.identityHash((int) s[b]));
        register("java/lang/System", "identityHashCode(Ljava/lang/Object;)I",
                (s, b) -> s[b] == 0 ? 0 : vm.identityHash((int) s[b]));
        register("java/lang/Object", "clone()Ljava/lang/Object;", this::cloneObject);
    }

    /** Object.clone: a shallow copy; arrays are always cloneable, instances only if Cloneable. */
    private long cloneObject(long[] s, int b) {
        VmClass c = vm.classes.classOf((int) s[b]);
        if (c.isArray()) {
            int length = heap.lengthOf((int) s[b]);
            int copy = vm.allocate(c.layout, length);
            int original = (int) s[b];
            if (c.elementKind == ElementKind.REFERENCE) {
                for (int i = 0; i < length; i++) {
                    int slot = Heap.slotAddress(original, i);
                    vm.mm.storeReference(copy, Heap.slotAddress(copy, i), vm.mm.loadReference(original, slot));
                }
            } else {
                int words = heap.sizeInWords(original) - 2;
                heap.copyWords(Heap.slotAddress(original, 0), Heap.slotAddress(copy, 0), words);
            }
            return copy;
        }
        if (!c.isSubtypeOf(vm.classes.load("java/lang/Cloneable"))) {
            throw vm.raise("java/lang/CloneNotSupportedException", c.javaName());
        }
        int copy = vm.allocate(c.layout, 0);
        int original = (int) s[b];
        Layout layout = c.layout;
        for (int i = 0; i < c.instanceFieldCount; i++) {
            int slot = Heap.slotAddress(original, i);
            if (layout.isReferenceOffset(slot - original)) {
                vm.mm.storeReference(copy, Heap.slotAddress(copy, i), vm.mm.loadReference(original, slot));
            } else {
                heap.setWord(Heap.slotAddress(copy, i), heap.word(slot));
            }
        }
        return copy;
    }

    private void registerClass() {
        String c = "java/lang/Class";
        register(c, "primitive(Ljava/lang/String;)Ljava/lang/Class;",
                (s, b) -> vm.mirror(vm.classes.primitive(vm.hostString((int) s[b]))));
        register(c, "isInterface()Z", (s, b) -> vm.classOfMirror((int) s[b]).isInterface() ? 1 : 0);
        register(c, "isArray()Z", (s, b) -> vm.classOfMirror((int) s[b]).isArray() ? 1 : 0);
        register(c, "isPrimitive()Z", (s, b) -> vm.classOfMirror((int) s[b]).isPrimitive ? 1 : 0);
        register(c, "isAssignableFrom(Ljava/lang/Class;)Z", (s, b) -> {
            if (s[b + 1] == 0) {
                throw npe("Cannot invoke \"java.lang.Class.isAssignableFrom(java.lang.Class)\" because \"cls\" is null");
            }
            VmClass to = vm.classOfMirror((int) s[b]);
            VmClass from = vm.classOfMirror((int) s[b + 1]);
            return (to.isPrimitive || from.isPrimitive ? to == from : from.isSubtypeOf(to)) ? 1 : 0;
        });
        register(c, "isInstance(Ljava/lang/Object;)Z", (s, b) -> s[b + 1] != 0
                && vm.classes.classOf((int) s[b + 1]).isSubtypeOf(vm.classOfMirror((int) s[b])) ? 1 : 0);
        register(c, "getComponentType()Ljava/lang/Class;", (s, b) -> {
            VmClass k = vm.classOfMirror((int) s[b]);
            return k.isArray() ? vm.mirror(k.component) : 0;
        });
        register(c, "getSuperclass()Ljava/lang/Class;", (s, b) -> {
            VmClass k = vm.classOfMirror((int) s[b]);
            return k.superclass == null || k.isInterface() ? 0 : vm.mirror(k.superclass);
        });
        String array = "java/lang/reflect/Array";
        register(array, "newArray(Ljava/lang/Class;I)Ljava/lang/Object;", (s, b) -> {
            // java.lang.reflect.Array.newInstance has checked the class (not void) and the length.
            VmClass component = vm.classOfMirror((int) s[b]);
            return vm.allocate(vm.classes.arrayOf(component).layout, (int) s[b + 1]);
        });
        register(array, "length(Ljava/lang/Object;)I", (s, b) -> heap.lengthOf((int) s[b]));
        register("jdk/internal/gclab/Unsupported", "feature(Ljava/lang/String;)Ljava/lang/RuntimeException;",
                (s, b) -> {
                    throw GclabException.unsupported(vm.hostString((int) s[b]) + " (at " + programFrame() + ")");
                });
        register(c, "enumConstants()[Ljava/lang/Object;", (s, b) -> {
            VmClass k = vm.classOfMirror((int) s[b]);
            VmMethod values = k.declaredMethod("values()[L" + k.name + ";");
            if (values == null || !values.isStatic()) {
                return 0;
            }
            vm.initialize(k);
            return vm.interpreter.invoke(values, vm.interpreter.freeBase());
        });
    }

    /** Where the program called into the runtime library: its innermost frame outside java.*, jdk.*. */
    private String programFrame() {
        Interpreter in = vm.interpreter;
        for (int d = in.depth - 1; d >= 0; d--) {
            VmMethod m = in.frameMethod[d];
            if (!m.owner.hidden && !ClassPath.isJdkName(m.owner.name)) {
                return m.where(in.framePc[d]);
            }
        }
        return in.frameMethod[in.depth - 1].where(in.framePc[in.depth - 1]);
    }

    // ---------------------------------------------------------------- strings and output

    private void registerStrings() {
        register("java/lang/String", "intern()Ljava/lang/String;",
                (s, b) -> vm.constants.get(vm.internIndex(vm.hostString((int) s[b]))));
        register("java/lang/String", "format(Ljava/lang/String;[Ljava/lang/Object;)Ljava/lang/String;", this::format);
        register("java/lang/String", "split(Ljava/lang/String;I)[Ljava/lang/String;", (s, b) -> {
            String[] parts = regex(() -> vm.hostString((int) s[b]).split(parseArgument(s[b + 1]), (int) s[b + 2]));
            return vm.newStringArray(parts);
        });
        register("java/lang/String", "matches(Ljava/lang/String;)Z",
                (s, b) -> regex(() -> vm.hostString((int) s[b]).matches(parseArgument(s[b + 1]))) ? 1 : 0);
        register("java/lang/String", "replaceAll(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
                (s, b) -> vm.newString(regex(() -> vm.hostString((int) s[b])
                        .replaceAll(parseArgument(s[b + 1]), parseArgument(s[b + 2])))));
        register("java/lang/String", "replaceFirst(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;",
                (s, b) -> vm.newString(regex(() -> vm.hostString((int) s[b])
                        .replaceFirst(parseArgument(s[b + 1]), parseArgument(s[b + 2])))));
        // Case mapping is the host's (special casing such as "ß" to "SS", final sigma, supplementary
        // characters); like the JDK, a string that does not change is returned itself.
        register("java/lang/String", "toUpperCase()Ljava/lang/String;", (s, b) -> {
            String text = vm.hostString((int) s[b]);
            String mapped = text.toUpperCase();
            return mapped.equals(text) ? s[b] : vm.newString(mapped);
        });
        register("java/lang/String", "toLowerCase()Ljava/lang/String;", (s, b) -> {
            String text = vm.hostString((int) s[b]);
            String mapped = text.toLowerCase();
            return mapped.equals(text) ? s[b] : vm.newString(mapped);
        });
        register("java/io/PrintStream", "write(ILjava/lang/String;)V", (s, b) -> {
            write((int) s[b], vm.hostString((int) s[b + 1]));
            return 0;
        });
        register("java/io/PrintStream", "write(I[C)V", (s, b) -> {
            int chars = (int) s[b + 1];
            if (chars == 0) {
                throw npe("Cannot print a null char[]");
            }
            int n = heap.lengthOf(chars);
            StringBuilder text = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                text.append((char) heap.primitiveElement(chars, ElementKind.CHAR, i));
            }
            write((int) s[b], text.toString());
            return 0;
        });
    }

    /** Runs a host regex operation; a bad pattern becomes the program's PatternSyntaxException's superclass. */
    private <T> T regex(java.util.function.Supplier<T> operation) {
        try {
            return operation.get();
        } catch (java.util.regex.PatternSyntaxException e) {
            throw vm.raise("java/lang/IllegalArgumentException", e.getMessage());
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw vm.raise("java/lang/IllegalArgumentException", e.getMessage());
        }
    }

    private void write(int fd, String text) {
        (fd == 2 ? vm.options.err : vm.options.out).print(text);
    }

    /** The text of {@code ref}: a String's characters, "null", or the result of its toString(). */
    String toHostString(int ref) {
        if (ref == 0) {
            return "null";
        }
        VmClass c = vm.classes.classOf(ref);
        if (c == vm.stringClass) {
            return vm.hostString(ref);
        }
        VmMethod toString = c.vtable[c.vtableIndex.get("toString()Ljava/lang/String;")];
        int base = vm.interpreter.freeBase();
        vm.interpreter.stack[base] = ref;
        int result = (int) vm.interpreter.invoke(toString, base);
        return result == 0 ? "null" : vm.hostString(result);
    }

    /**
     * String concatenation, the recipe of {@code makeConcatWithConstants}: the arguments stay on the caller's
     * stack at {@code argBase} (its reference map covers them) while each is converted, since converting an
     * object calls its toString().
     */
    int concat(Op.Concat concat, int argBase) {
        long[] s = vm.interpreter.stack;
        StringBuilder text = new StringBuilder();
        int arg = 0;
        int slot = argBase;
        int constant = 0;
        String recipe = concat.recipe;
        for (int i = 0; i < recipe.length(); i++) {
            char ch = recipe.charAt(i);
            if (ch == '\u0001') {
                char kind = concat.argumentKinds[arg++];
                long v = s[slot];
                switch (kind) {
                    case 'L': text.append(toHostString((int) v)); slot++; break;
                    case 'J': text.append(v); slot += 2; break;
                    case 'D': text.append(Double.longBitsToDouble(v)); slot += 2; break;
                    case 'F': text.append(Float.intBitsToFloat((int) v)); slot++; break;
                    case 'C': text.append((char) v); slot++; break;
                    case 'Z': text.append((int) v != 0); slot++; break;
                    default: text.append((int) v); slot++; break;
                }
            } else if (ch == '\u0002') {
                text.append(concat.constants[constant++]);
            } else {
                text.append(ch);
            }
        }
        return vm.newString(text.toString());
    }

    /** String.format, by the host's formatter, over host copies of the arguments. */
    private long format(long[] s, int b) {
        if (s[b] == 0) {
            throw npe("format is null");
        }
        String format = vm.hostString((int) s[b]);
        Object[] args;
        if (s[b + 1] == 0) {
            args = new Object[0];
        } else {
            int n = heap.lengthOf((int) s[b + 1]);
            args = new Object[n];
            for (int i = 0; i < n; i++) {
                int array = (int) s[b + 1];
                args[i] = hostValue(vm.mm.loadReference(array, Heap.slotAddress(array, i)));
            }
        }
        String text;
        try {
            text = String.format(format, args);
        } catch (IllegalFormatException e) {
            // The runtime library has each of java.util's IllegalFormatException subclasses.
            throw vm.raise("java/util/" + e.getClass().getSimpleName(), e.getMessage());
        }
        return vm.newString(text);
    }

    /** A host value for a formatter argument: boxes unboxed, strings copied, other objects by toString(). */
    private Object hostValue(int ref) {
        if (ref == 0) {
            return null;
        }
        VmClass c = vm.classes.classOf(ref);
        long word = c.instanceFieldCount > 0 ? heap.word(Heap.slotAddress(ref, 0)) : 0;
        switch (c.name) {
            case "java/lang/Integer": return (int) word;
            case "java/lang/Long": return word;
            case "java/lang/Short": return (short) word;
            case "java/lang/Byte": return (byte) word;
            case "java/lang/Character": return (char) word;
            case "java/lang/Boolean": return word != 0;
            case "java/lang/Float": return Float.intBitsToFloat((int) word);
            case "java/lang/Double": return Double.longBitsToDouble(word);
            default: return toHostString(ref);
        }
    }

    // ---------------------------------------------------------------- numbers and characters

    private void registerNumbers() {
        String d = "java/lang/Double";
        register(d, "toString(D)Ljava/lang/String;", (s, b) -> vm.newString(Double.toString(Double.longBitsToDouble(s[b]))));
        register(d, "toHexString(D)Ljava/lang/String;",
                (s, b) -> vm.newString(Double.toHexString(Double.longBitsToDouble(s[b]))));
        register(d, "doubleToRawLongBits(D)J", (s, b) -> s[b]);
        register(d, "longBitsToDouble(J)D", (s, b) -> s[b]);
        register(d, "parseDouble(Ljava/lang/String;)D", (s, b) -> {
            try {
                return Double.doubleToRawLongBits(Double.parseDouble(parseArgument(s[b])));
            } catch (NumberFormatException e) {
                throw vm.raise("java/lang/NumberFormatException", e.getMessage());
            }
        });
        String f = "java/lang/Float";
        register(f, "toString(F)Ljava/lang/String;", (s, b) -> vm.newString(Float.toString(Float.intBitsToFloat((int) s[b]))));
        register(f, "toHexString(F)Ljava/lang/String;",
                (s, b) -> vm.newString(Float.toHexString(Float.intBitsToFloat((int) s[b]))));
        register(f, "floatToRawIntBits(F)I", (s, b) -> (int) s[b]);
        register(f, "intBitsToFloat(I)F", (s, b) -> (int) s[b]);
        register(f, "parseFloat(Ljava/lang/String;)F", (s, b) -> {
            try {
                return Float.floatToRawIntBits(Float.parseFloat(parseArgument(s[b])));
            } catch (NumberFormatException e) {
                throw vm.raise("java/lang/NumberFormatException", e.getMessage());
            }
        });
        String c = "java/lang/Character";
        register(c, "isDigit(I)Z", (s, b) -> Character.isDigit((int) s[b]) ? 1 : 0);
        register(c, "isLetter(I)Z", (s, b) -> Character.isLetter((int) s[b]) ? 1 : 0);
        register(c, "isWhitespace(I)Z", (s, b) -> Character.isWhitespace((int) s[b]) ? 1 : 0);
        register(c, "isUpperCase(I)Z", (s, b) -> Character.isUpperCase((int) s[b]) ? 1 : 0);
        register(c, "isLowerCase(I)Z", (s, b) -> Character.isLowerCase((int) s[b]) ? 1 : 0);
        register(c, "toUpperCase(I)I", (s, b) -> Character.toUpperCase((int) s[b]));
        register(c, "toLowerCase(I)I", (s, b) -> Character.toLowerCase((int) s[b]));
        register(c, "hostDigit(II)I", (s, b) -> Character.digit((int) s[b], (int) s[b + 1]));
        register(c, "hostProperty(II)I", (s, b) -> characterProperty((int) s[b], (int) s[b + 1]));
    }

    /** The host's Unicode tables for the runtime library's Character; {@code which} numbers the question. */
    private static int characterProperty(int cp, int which) {
        switch (which) {
            case 0: return Character.getType(cp);
            case 1: return Character.isAlphabetic(cp) ? 1 : 0;
            case 2: return Character.isSpaceChar(cp) ? 1 : 0;
            case 3: return Character.getNumericValue(cp);
            case 4: return Character.isTitleCase(cp) ? 1 : 0;
            case 5: return Character.toTitleCase(cp);
            case 6: return Character.isJavaIdentifierStart(cp) ? 1 : 0;
            case 7: return Character.isJavaIdentifierPart(cp) ? 1 : 0;
            case 8: return Character.isDefined(cp) ? 1 : 0;
            case 9: return Character.isIdeographic(cp) ? 1 : 0;
            case 10: return Character.isLetterOrDigit(cp) ? 1 : 0;
            case 11: return Character.isMirrored(cp) ? 1 : 0;
            case 12: return Character.isIdentifierIgnorable(cp) ? 1 : 0;
            case 13: return Character.isUnicodeIdentifierStart(cp) ? 1 : 0;
            case 14: return Character.isUnicodeIdentifierPart(cp) ? 1 : 0;
            default: throw new IllegalArgumentException("character property " + which);
        }
    }

    private String parseArgument(long ref) {
        if (ref == 0) {
            throw npe("Cannot parse null string");
        }
        return vm.hostString((int) ref);
    }

    private void registerMath(String owner) {
        boolean strict = owner.endsWith("StrictMath");
        unary(owner, "sin", strict ? StrictMath::sin : Math::sin);
        unary(owner, "cos", strict ? StrictMath::cos : Math::cos);
        unary(owner, "tan", strict ? StrictMath::tan : Math::tan);
        unary(owner, "asin", strict ? StrictMath::asin : Math::asin);
        unary(owner, "acos", strict ? StrictMath::acos : Math::acos);
        unary(owner, "atan", strict ? StrictMath::atan : Math::atan);
        unary(owner, "exp", strict ? StrictMath::exp : Math::exp);
        unary(owner, "log", strict ? StrictMath::log : Math::log);
        unary(owner, "log10", strict ? StrictMath::log10 : Math::log10);
        unary(owner, "sqrt", strict ? StrictMath::sqrt : Math::sqrt);
        unary(owner, "cbrt", strict ? StrictMath::cbrt : Math::cbrt);
        unary(owner, "sinh", strict ? StrictMath::sinh : Math::sinh);
        unary(owner, "cosh", strict ? StrictMath::cosh : Math::cosh);
        unary(owner, "tanh", strict ? StrictMath::tanh : Math::tanh);
        unary(owner, "expm1", strict ? StrictMath::expm1 : Math::expm1);
        unary(owner, "log1p", strict ? StrictMath::log1p : Math::log1p);
        unary(owner, "ceil", strict ? StrictMath::ceil : Math::ceil);
        unary(owner, "floor", strict ? StrictMath::floor : Math::floor);
        unary(owner, "rint", strict ? StrictMath::rint : Math::rint);
        unary(owner, "signum", Math::signum);
        unary(owner, "toRadians", strict ? StrictMath::toRadians : Math::toRadians);
        unary(owner, "toDegrees", strict ? StrictMath::toDegrees : Math::toDegrees);
        binary(owner, "atan2", strict ? StrictMath::atan2 : Math::atan2);
        binary(owner, "pow", strict ? StrictMath::pow : Math::pow);
        binary(owner, "hypot", strict ? StrictMath::hypot : Math::hypot);
        binary(owner, "IEEEremainder", strict ? StrictMath::IEEEremainder : Math::IEEEremainder);
        binary(owner, "max", Math::max);
        binary(owner, "min", Math::min);
        register(owner, "max(FF)F", (s, b) -> fbits(Math.max(f(s[b]), f(s[b + 1]))));
        register(owner, "min(FF)F", (s, b) -> fbits(Math.min(f(s[b]), f(s[b + 1]))));
        register(owner, "signum(F)F", (s, b) -> fbits(Math.signum(f(s[b]))));
        register(owner, "round(D)J", (s, b) -> Math.round(Double.longBitsToDouble(s[b])));
        register(owner, "round(F)I", (s, b) -> Math.round(f(s[b])));
        register(owner, "random()D", (s, b) -> Double.doubleToRawLongBits(Math.random()));
        unary(owner, "ulp", Math::ulp);
        unary(owner, "nextUp", Math::nextUp);
        unary(owner, "nextDown", Math::nextDown);
        register(owner, "fma(DDD)D", (s, b) -> Double.doubleToRawLongBits(Math.fma(Double.longBitsToDouble(s[b]),
                Double.longBitsToDouble(s[b + 2]), Double.longBitsToDouble(s[b + 4]))));
        register(owner, "scalb(DI)D",
                (s, b) -> Double.doubleToRawLongBits(Math.scalb(Double.longBitsToDouble(s[b]), (int) s[b + 2])));
        register(owner, "getExponent(D)I", (s, b) -> Math.getExponent(Double.longBitsToDouble(s[b])));
    }

    private static float f(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static long fbits(float v) {
        return Float.floatToRawIntBits(v);
    }

    private void unary(String owner, String name, DoubleUnaryOperator op) {
        register(owner, name + "(D)D",
                (s, b) -> Double.doubleToRawLongBits(op.applyAsDouble(Double.longBitsToDouble(s[b]))));
    }

    private void binary(String owner, String name, DoubleBinaryOperator op) {
        register(owner, name + "(DD)D", (s, b) -> Double.doubleToRawLongBits(
                op.applyAsDouble(Double.longBitsToDouble(s[b]), Double.longBitsToDouble(s[b + 2]))));
    }

    // ---------------------------------------------------------------- System, Runtime, Thread, Throwable

    private void registerSystem() {
        String sys = "java/lang/System";
        register(sys, "arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V", this::arraycopy);
        register(sys, "currentTimeMillis()J", (s, b) -> System.currentTimeMillis());
        register(sys, "nanoTime()J", (s, b) -> System.nanoTime());
        register(sys, "exit(I)V", (s, b) -> {
            throw new Interpreter.Exit((int) s[b]);
        });
        register(sys, "getProperty(Ljava/lang/String;)Ljava/lang/String;", (s, b) -> {
            String key = parseArgument(s[b]);
            switch (key) {
                case "line.separator": return vm.newString("\n");
                case "java.version": return vm.newString("17");
                case "java.vm.name": return vm.newString("gclab");
                default: return 0;
            }
        });
        register(sys, "getenv(Ljava/lang/String;)Ljava/lang/String;", (s, b) -> 0);
        String rt = "java/lang/Runtime";
        register(rt, "totalMemory()J", (s, b) -> heap.capacityBytes());
        register(rt, "maxMemory()J", (s, b) -> heap.capacityBytes());
        register(rt, "freeMemory()J", (s, b) -> {
            long used = 0;
            for (gclab.heap.space.Space space : heap.spaces()) {
                used += space.usedBytes();
            }
            return heap.capacityBytes() - used;
        });
        register(rt, "gc()V", (s, b) -> {
            vm.mm.systemGc();
            return 0;
        });
        register("java/lang/Thread", "sleep(J)V", (s, b) -> {
            if (s[b] < 0) {
                throw vm.raise("java/lang/IllegalArgumentException", "timeout value is negative");
            }
            try {
                Thread.sleep(s[b]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return 0;
        });
        String t = "java/lang/Throwable";
        register(t, "fillInStackTrace()Ljava/lang/Throwable;", (s, b) -> {
            int handle = vm.pushHandle((int) s[b]);
            vm.fillInStackTrace(handle, vm.interpreter.depth - 2, true, false);
            return vm.handle(handle);
        });
        register(t, "stackTraceElements()[Ljava/lang/StackTraceElement;", (s, b) -> vm.stackTraceElements((int) s[b]));
    }

    /** System.arraycopy with the JDK's checks; reference elements go through the write barrier. */
    private long arraycopy(long[] s, int b) {
        int src = (int) s[b];
        int srcPos = (int) s[b + 1];
        int dst = (int) s[b + 2];
        int dstPos = (int) s[b + 3];
        int length = (int) s[b + 4];
        if (src == 0 || dst == 0) {
            throw npe(src == 0 ? "Cannot read the array length because \"src\" is null"
                    : "Cannot read the array length because \"dest\" is null");
        }
        VmClass sc = vm.classes.classOf(src);
        VmClass dc = vm.classes.classOf(dst);
        if (!sc.isArray() || !dc.isArray()) {
            throw vm.raise("java/lang/ArrayStoreException", "arraycopy: " + (sc.isArray() ? "destination" : "source")
                    + " type " + (sc.isArray() ? dc : sc).javaName() + " is not an array");
        }
        if (sc.elementKind != dc.elementKind) {
            throw vm.raise("java/lang/ArrayStoreException", "arraycopy: type mismatch: can not copy "
                    + elementName(sc) + "[] into " + elementName(dc) + "[]");
        }
        int srcLength = heap.lengthOf(src);
        int dstLength = heap.lengthOf(dst);
        if (srcPos < 0 || dstPos < 0 || length < 0 || srcPos > srcLength - length || dstPos > dstLength - length) {
            String message;
            if (length < 0) {
                message = "arraycopy: length " + length + " is negative";
            } else if (srcPos < 0 || srcPos > srcLength - length) {
                message = srcPos < 0 ? "arraycopy: source index " + srcPos + " out of bounds for "
                        + elementName(sc) + "[" + srcLength + "]"
                        : "arraycopy: last source index " + ((long) srcPos + length) + " out of bounds for "
                        + elementName(sc) + "[" + srcLength + "]";
            } else {
                message = dstPos < 0 ? "arraycopy: destination index " + dstPos + " out of bounds for "
                        + elementName(dc) + "[" + dstLength + "]"
                        : "arraycopy: last destination index " + ((long) dstPos + length) + " out of bounds for "
                        + elementName(dc) + "[" + dstLength + "]";
            }
            throw vm.raise("java/lang/ArrayIndexOutOfBoundsException", message);
        }
        boolean backward = src == dst && srcPos < dstPos;
        if (sc.elementKind != ElementKind.REFERENCE) {
            ElementKind kind = sc.elementKind;
            for (int k = 0; k < length; k++) {
                int i = backward ? length - 1 - k : k;
                heap.setPrimitiveElement(dst, kind, dstPos + i, heap.primitiveElement(src, kind, srcPos + i));
            }
            return 0;
        }
        boolean checked = !sc.component.isSubtypeOf(dc.component);
        for (int k = 0; k < length; k++) {
            int i = backward ? length - 1 - k : k;
            int value = vm.mm.loadReference(src, Heap.slotAddress(src, srcPos + i));
            if (checked && value != 0 && !vm.classes.classOf(value).isSubtypeOf(dc.component)) {
                throw vm.raise("java/lang/ArrayStoreException", "arraycopy: element type mismatch: can not cast one of"
                        + " the elements of " + ClassTable.javaTypeName(sc) + " to the type of the destination array, "
                        + dc.component.javaName());
            }
            vm.mm.storeReference(dst, Heap.slotAddress(dst, dstPos + i), value);
        }
        return 0;
    }

    private static String elementName(VmClass arrayClass) {
        return arrayClass.component.isPrimitive ? arrayClass.component.name : "object array";
    }

    /** multianewarray: nested arrays, the counts in {@code stack[countBase..countBase + dims)}. */
    int multiNewArray(VmClass arrayClass, int countBase, int dims) {
        long[] s = vm.interpreter.stack;
        int length = (int) s[countBase];
        int array = vm.allocate(arrayClass.layout, length);
        if (dims == 1 || length == 0) {
            return array;
        }
        int handle = vm.pushHandle(array);
        for (int i = 0; i < length; i++) {
            int inner = multiNewArray(arrayClass.component, countBase + 1, dims - 1);
            int outer = vm.handle(handle);
            vm.mm.storeReference(outer, Heap.slotAddress(outer, i), inner);
        }
        vm.handleTop = handle;
        return vm.handle(handle);
    }
}
