package gclab.vm;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.ObjectModel;
import gclab.heap.spi.MemoryManager;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;

/**
 * The interpreter: one {@code switch} loop per method activation over the decoded {@code int[]} code, with
 * {@code pc} and the stack top {@code sp} in Java locals.
 *
 * <p>All frames share one {@code long[]} stack. A frame is its locals followed by its operand stack; a call
 * leaves the arguments where they are, and they become the callee's first locals. Every value takes one slot
 * (long and double two, the value in the first): ints as themselves, floats and doubles as raw bits,
 * references as heap addresses. The frame table ({@code frameMethod}, {@code frameBase}, {@code framePc})
 * lets the root set find every frame; {@code framePc} is written before every instruction that may
 * allocate, call, throw or poll, so each frame's reference map is known exactly (clox's rule: a heap address
 * lives across an allocation only in a slot the root set updates).
 *
 * <p>A Java exception travels through host frames as a {@link Thrown} (no host stack trace); the thrown
 * object itself waits in {@link Vm#pendingException}, a root. Each activation looks up its handlers for the
 * pc it was at, so a handler runs with the stack as the JVM specifies.
 */
final class Interpreter {
    /** A Java exception in flight; the object is {@link Vm#pendingException}. */
    static final class Thrown extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Thrown() {
            super(null, null, false, false);
        }
    }

    /** System.exit: unwinds every frame. */
    static final class Exit extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        Exit(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private final Vm vm;
    private final Heap heap;
    private final MemoryManager mm;
    private final ClassTable classes;
    final long[] stack;
    final VmMethod[] frameMethod;
    final int[] frameBase;
    final int[] framePc;
    int depth;
    private final int maxFrames;
    /** Instructions executed, and the budget after which the program is stopped. */
    long executed;
    private final long maxInstructions;

    Interpreter(Vm vm, int stackSlots, int maxFrames, long maxInstructions) {
        this.vm = vm;
        this.heap = vm.heap;
        this.mm = vm.mm;
        this.classes = vm.classes;
        this.stack = new long[stackSlots];
        this.frameMethod = new VmMethod[maxFrames + 1];
        this.frameBase = new int[maxFrames + 1];
        this.framePc = new int[maxFrames + 1];
        this.maxFrames = maxFrames;
        this.maxInstructions = maxInstructions;
    }

    /** The first stack slot no live frame uses: where a call from the VM itself puts its arguments. */
    int freeBase() {
        if (depth == 0) {
            return 0;
        }
        VmMethod m = frameMethod[depth - 1];
        int base = frameBase[depth - 1];
        return m.isNative() ? base + m.argSlots : base + m.maxLocals + m.maxStack;
    }

    /**
     * Runs {@code m} with its arguments in {@code stack[base..base + argSlots)}; returns its result (raw bits;
     * 0 for void). A Java exception leaves as {@link Thrown}.
     */
    long invoke(VmMethod m, int base) {
        int d = depth;
        if (m.code == null || d >= maxFrames || base + m.frameSize >= stack.length) {
            return invokeRare(m, base); // native, not yet decoded, abstract, or too deep
        }
        frameMethod[d] = m;
        frameBase[d] = base;
        framePc[d] = 0;
        depth = d + 1;
        try {
            // A call is a safepoint: the new frame's map at pc 0 is exactly its reference arguments.
            mm.safepointPoll();
            return execute(m, base, d);
        } finally {
            depth = d;
        }
    }

    /** {@link #invoke} of a native method, of a method on its first call, or past the stack's limits. */
    private long invokeRare(VmMethod m, int base) {
        if (m.code == null && !m.isNative()) {
            if (m.isAbstract()) {
                throw vm.raise("java/lang/AbstractMethodError", m.owner.javaName() + "." + m.name + m.descriptor);
            }
            vm.metaspace.add(Decoder.decode(m));
        }
        int d = depth;
        if (d >= maxFrames || base + m.argSlots + m.maxLocals + m.maxStack >= stack.length) {
            throw vm.stackOverflow();
        }
        frameMethod[d] = m;
        frameBase[d] = base;
        framePc[d] = 0;
        depth = d + 1;
        try {
            mm.safepointPoll();
            return m.isNative() ? vm.natives.call(m, base) : execute(m, base, d);
        } finally {
            depth = d;
        }
    }

    /**
     * The dispatch loop of one activation: the instructions that programs run often, each inline; every other one
     * goes to {@link #rare}. Keep its bytecode small (javap -c). HotSpot will not compile a method over 8000 bytes,
     * and the same 8000 bytes (C2's DesiredMethodLimit) bound what C2 inlines into one compilation, this method's own
     * bytes included: what is left over is shared by the callees inlined here (the collector's allocation path,
     * barriers, {@code Heap.word}), first come first served in the order C2 parses them, and each call site of a
     * callee costs its whole size again. When this method was 6,910 bytes with 20 call sites of its branch helper,
     * tricolor's allocation path took the whole rest and every field load and store became a call
     * (docs/PERFORMANCE.md, tricolor's seventh pass). So: one shared copy of the taken branch and of the call, rare
     * work out of line, and every byte added here weighed against that budget.
     *
     * <p>Every case ends in {@code continue} (on to the next instruction), {@code return}, {@code throw}, or
     * {@code break} with {@code target} set: a taken branch, done after the switch, where a backward one is a
     * safepoint.
     */
    private long execute(VmMethod m, int base, int fd) {
        final long[] s = stack;
        final int[] code = m.code;
        final Object[] pool = m.pool;
        int pc = 0;
        int sp = base + m.maxLocals;
        // Bytecodes run by this activation and not yet added to `executed`; flushed (and the budget re-read)
        // around everything that may run other activations: calls, resolution (class initialisation), returns.
        long n = 0;
        long budget = maxInstructions - executed;
        for (;;) {
            try {
                for (;;) {
                    if (++n > budget) {
                        executed += n;
                        framePc[fd] = pc;
                        throw vm.budgetExhausted(m.where(pc));
                    }
                    int target;
                    switch (code[pc]) {
                        case Opcodes.NOP: pc++; continue;
                        case Opcodes.ACONST_NULL: s[sp++] = 0; pc++; continue;
                        case Opcodes.ICONST_M1: case Opcodes.ICONST_0: case Opcodes.ICONST_1: case Opcodes.ICONST_2:
                        case Opcodes.ICONST_3: case Opcodes.ICONST_4: case Opcodes.ICONST_5:
                            s[sp++] = code[pc] - Opcodes.ICONST_0; pc++; continue;
                        case Opcodes.LCONST_0: case Opcodes.LCONST_1:
                            s[sp] = code[pc] - Opcodes.LCONST_0; sp += 2; pc++; continue;
                        case Opcodes.BIPUSH: case Opcodes.SIPUSH: case Op.LDC_INT:
                            s[sp++] = code[pc + 1]; pc += 2; continue;
                        case Op.LDC_LONG:
                            s[sp] = ((long) code[pc + 1] << 32) | (code[pc + 2] & 0xFFFF_FFFFL); sp += 2; pc += 3; continue;
                        case Op.LDC_CONSTANT:
                            s[sp++] = vm.constants.get(code[pc + 1]); pc += 2; continue;
                        case Opcodes.ILOAD: case Opcodes.FLOAD: case Opcodes.ALOAD:
                            s[sp++] = s[base + code[pc + 1]]; pc += 2; continue;
                        case Opcodes.LLOAD: case Opcodes.DLOAD:
                            s[sp] = s[base + code[pc + 1]]; sp += 2; pc += 2; continue;
                        case Op.ALOAD_GETFIELD: {
                            long local = s[base + code[pc + 1]];
                            int obj = (int) local;
                            int next = code[pc + 2];
                            if (obj != 0 && next == Op.GETFIELD_A) {
                                s[sp++] = mm.loadReference(obj, obj + ObjectModel.HEADER_WORDS + code[pc + 3]);
                                n++;
                                pc += 4;
                            } else if (obj != 0 && next == Op.GETFIELD_1) {
                                s[sp++] = (int) heap.word(obj + ObjectModel.HEADER_WORDS + code[pc + 3]);
                                n++;
                                pc += 4;
                            } else {
                                s[sp++] = local; // only the aload: the getfield runs (resolves, throws) itself
                                pc += 2;
                            }
                            continue;
                        }
                        case Op.ILOAD_CONST_ADD: {
                            int k = code[pc + 2] - Opcodes.ICONST_0;
                            int local = (int) s[base + code[pc + 1]];
                            s[sp++] = code[pc + 3] == Opcodes.IADD ? local + k : local - k;
                            n += 2;
                            pc += 4;
                            continue;
                        }
                        case Op.ILOAD_IF: {
                            int local = (int) s[base + code[pc + 1]];
                            n++;
                            pc += 2; // at the if
                            if (!ifZero(code[pc], local)) {
                                pc += 2;
                                continue;
                            }
                            target = code[pc + 1];
                            break;
                        }
                        case Op.ALOAD_SKIP_CALL: {
                            long local = s[base + code[pc + 1]];
                            if (local != 0 && code[pc + 2] == Op.SKIP_CALL_RECEIVER && code[pc + 3] == 1) {
                                n++;
                                pc += 4;
                            } else {
                                s[sp++] = local; // only the aload: the call runs (resolves, throws) itself
                                pc += 2;
                            }
                            continue;
                        }
                        case Op.ALOAD_LOAD_PUTFIELD: {
                            long local = s[base + code[pc + 1]];
                            int obj = (int) local;
                            int next = code[pc + 4];
                            if (obj != 0 && next == Op.PUTFIELD_A) {
                                mm.storeReference(obj, obj + ObjectModel.HEADER_WORDS + code[pc + 5],
                                        (int) s[base + code[pc + 3]]);
                                n += 2;
                                pc += 6;
                            } else if (obj != 0 && next == Op.PUTFIELD_1) {
                                heap.setWord(obj + ObjectModel.HEADER_WORDS + code[pc + 5],
                                        (int) s[base + code[pc + 3]]);
                                n += 2;
                                pc += 6;
                            } else {
                                s[sp++] = local; // only the first aload
                                pc += 2;
                            }
                            continue;
                        }
                        case Opcodes.ISTORE: case Opcodes.FSTORE: case Opcodes.ASTORE:
                            s[base + code[pc + 1]] = s[--sp]; pc += 2; continue;
                        case Opcodes.LSTORE: case Opcodes.DSTORE:
                            sp -= 2; s[base + code[pc + 1]] = s[sp]; pc += 2; continue;

                        // ---- arrays
                        case Opcodes.IALOAD: case Opcodes.FALOAD: case Opcodes.BALOAD: case Opcodes.CALOAD:
                        case Opcodes.SALOAD: case Opcodes.LALOAD: case Opcodes.DALOAD: case Opcodes.AALOAD: {
                            int array = (int) s[sp - 2];
                            int index = (int) s[sp - 1];
                            checkIndex(fd, pc, array, index);
                            int op = code[pc];
                            if (op == Opcodes.AALOAD) {
                                s[sp - 2] = mm.loadReference(array, Heap.slotAddress(array, index));
                                sp--;
                            } else if (op == Opcodes.LALOAD || op == Opcodes.DALOAD) {
                                s[sp - 2] = heap.word(Heap.slotAddress(array, index));
                            } else {
                                s[sp - 2] = loadElement(array, index);
                                sp--;
                            }
                            pc++;
                            continue;
                        }
                        case Opcodes.IASTORE: case Opcodes.FASTORE: case Opcodes.BASTORE: case Opcodes.CASTORE:
                        case Opcodes.SASTORE: {
                            int array = (int) s[sp - 3];
                            int index = (int) s[sp - 2];
                            checkIndex(fd, pc, array, index);
                            ElementKind kind = heap.layoutOf(array).element();
                            long v = s[sp - 1];
                            heap.setPrimitiveElement(array, kind, index, kind == ElementKind.BOOLEAN ? v & 1 : v);
                            sp -= 3;
                            pc++;
                            continue;
                        }
                        case Opcodes.LASTORE: case Opcodes.DASTORE: {
                            int array = (int) s[sp - 4];
                            int index = (int) s[sp - 3];
                            checkIndex(fd, pc, array, index);
                            heap.setWord(Heap.slotAddress(array, index), s[sp - 2]);
                            sp -= 4;
                            pc++;
                            continue;
                        }
                        case Opcodes.AASTORE: {
                            int array = (int) s[sp - 3];
                            int index = (int) s[sp - 2];
                            int value = (int) s[sp - 1];
                            checkIndex(fd, pc, array, index);
                            if (value != 0 && !classes.classOf(value).isSubtypeOf(classes.classOf(array).component)) {
                                throw arrayStore(fd, pc, value);
                            }
                            mm.storeReference(array, Heap.slotAddress(array, index), value);
                            sp -= 3;
                            pc++;
                            continue;
                        }
                        case Opcodes.ARRAYLENGTH: {
                            int array = (int) s[sp - 1];
                            if (array == 0) {
                                throw npe(fd, pc, "Cannot read the array length because the array is null");
                            }
                            s[sp - 1] = heap.lengthOf(array);
                            pc++;
                            continue;
                        }

                        // ---- stack (dup_x1 and the other shuffles are in rare)
                        case Opcodes.POP: sp--; pc++; continue;
                        case Opcodes.POP2: sp -= 2; pc++; continue;
                        case Opcodes.DUP: s[sp] = s[sp - 1]; sp++; pc++; continue;
                        case Opcodes.DUP2:
                            s[sp] = s[sp - 2]; s[sp + 1] = s[sp - 1]; sp += 2; pc++; continue;

                        // ---- int arithmetic
                        case Opcodes.IADD: sp--; s[sp - 1] = (int) s[sp - 1] + (int) s[sp]; pc++; continue;
                        case Opcodes.ISUB: sp--; s[sp - 1] = (int) s[sp - 1] - (int) s[sp]; pc++; continue;
                        case Opcodes.IMUL: sp--; s[sp - 1] = (int) s[sp - 1] * (int) s[sp]; pc++; continue;
                        case Opcodes.IDIV: case Opcodes.IREM: {
                            int b = (int) s[sp - 1];
                            if (b == 0) {
                                throw divisionByZero(fd, pc);
                            }
                            int a = (int) s[sp - 2];
                            s[sp - 2] = code[pc] == Opcodes.IDIV ? a / b : a % b;
                            sp--;
                            pc++;
                            continue;
                        }
                        case Opcodes.INEG: s[sp - 1] = -(int) s[sp - 1]; pc++; continue;
                        case Opcodes.ISHL: sp--; s[sp - 1] = (int) s[sp - 1] << (int) s[sp]; pc++; continue;
                        case Opcodes.ISHR: sp--; s[sp - 1] = (int) s[sp - 1] >> (int) s[sp]; pc++; continue;
                        case Opcodes.IUSHR: sp--; s[sp - 1] = (int) s[sp - 1] >>> (int) s[sp]; pc++; continue;
                        case Opcodes.IAND: sp--; s[sp - 1] = (int) s[sp - 1] & (int) s[sp]; pc++; continue;
                        case Opcodes.IOR: sp--; s[sp - 1] = (int) s[sp - 1] | (int) s[sp]; pc++; continue;
                        case Opcodes.IXOR: sp--; s[sp - 1] = (int) s[sp - 1] ^ (int) s[sp]; pc++; continue;
                        case Opcodes.IINC: {
                            int slot = base + code[pc + 1];
                            s[slot] = (int) s[slot] + code[pc + 2];
                            pc += 3;
                            continue;
                        }

                        // ---- long arithmetic (a long's value is in its first slot; ldiv and lrem are in rare)
                        case Opcodes.LADD: sp -= 2; s[sp - 2] += s[sp]; pc++; continue;
                        case Opcodes.LSUB: sp -= 2; s[sp - 2] -= s[sp]; pc++; continue;
                        case Opcodes.LMUL: sp -= 2; s[sp - 2] *= s[sp]; pc++; continue;
                        case Opcodes.LNEG: s[sp - 2] = -s[sp - 2]; pc++; continue;
                        case Opcodes.LSHL: sp--; s[sp - 2] = s[sp - 2] << (int) s[sp]; pc++; continue;
                        case Opcodes.LSHR: sp--; s[sp - 2] = s[sp - 2] >> (int) s[sp]; pc++; continue;
                        case Opcodes.LUSHR: sp--; s[sp - 2] = s[sp - 2] >>> (int) s[sp]; pc++; continue;
                        case Opcodes.LAND: sp -= 2; s[sp - 2] &= s[sp]; pc++; continue;
                        case Opcodes.LOR: sp -= 2; s[sp - 2] |= s[sp]; pc++; continue;
                        case Opcodes.LXOR: sp -= 2; s[sp - 2] ^= s[sp]; pc++; continue;

                        // ---- conversions (those of floats and doubles are in rare)
                        case Opcodes.I2L: s[sp - 1] = (int) s[sp - 1]; sp++; pc++; continue;
                        case Opcodes.L2I: sp--; s[sp - 1] = (int) s[sp - 1]; pc++; continue;
                        case Opcodes.I2B: s[sp - 1] = (byte) s[sp - 1]; pc++; continue;
                        case Opcodes.I2C: s[sp - 1] = (char) s[sp - 1]; pc++; continue;
                        case Opcodes.I2S: s[sp - 1] = (short) s[sp - 1]; pc++; continue;

                        // ---- comparisons and branches: a taken branch breaks out of the switch with its target
                        case Opcodes.LCMP: sp -= 3; s[sp - 1] = Long.compare(s[sp - 1], s[sp + 1]); pc++; continue;
                        case Opcodes.IFEQ: if ((int) s[--sp] == 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFNE: if ((int) s[--sp] != 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFLT: if ((int) s[--sp] < 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFGE: if ((int) s[--sp] >= 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFGT: if ((int) s[--sp] > 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFLE: if ((int) s[--sp] <= 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPEQ: sp -= 2;
                            if ((int) s[sp] == (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPNE: sp -= 2;
                            if ((int) s[sp] != (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPLT: sp -= 2;
                            if ((int) s[sp] < (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPGE: sp -= 2;
                            if ((int) s[sp] >= (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPGT: sp -= 2;
                            if ((int) s[sp] > (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ICMPLE: sp -= 2;
                            if ((int) s[sp] <= (int) s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ACMPEQ: sp -= 2;
                            if (s[sp] == s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IF_ACMPNE: sp -= 2;
                            if (s[sp] != s[sp + 1]) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFNULL: if (s[--sp] == 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.IFNONNULL: if (s[--sp] != 0) { target = code[pc + 1]; break; } pc += 2; continue;
                        case Opcodes.GOTO: target = code[pc + 1]; break;
                        case Opcodes.TABLESWITCH: {
                            int key = (int) s[--sp];
                            int low = code[pc + 2];
                            int high = code[pc + 3];
                            target = key < low || key > high ? code[pc + 1] : code[pc + 4 + (key - low)];
                            break;
                        }

                        // ---- returns
                        case Opcodes.IRETURN: case Opcodes.FRETURN: case Opcodes.ARETURN:
                            executed += n;
                            return s[sp - 1];
                        case Opcodes.LRETURN: case Opcodes.DRETURN:
                            executed += n;
                            return s[sp - 2];
                        case Opcodes.RETURN:
                            executed += n;
                            return 0;
                        case Op.GOTO_RETURN: {
                            int op = code[code[pc + 1]];
                            executed += n + 1; // the goto and the return
                            return op == Opcodes.RETURN ? 0
                                    : op == Opcodes.LRETURN || op == Opcodes.DRETURN ? s[sp - 2] : s[sp - 1];
                        }

                        // ---- fields (quick forms; the symbolic ones are resolved in rare)
                        case Op.GETFIELD_1: {
                            int obj = (int) s[sp - 1];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot read field because the object is null");
                            }
                            s[sp - 1] = (int) heap.word(obj + ObjectModel.HEADER_WORDS + code[pc + 1]);
                            pc += 2;
                            continue;
                        }
                        case Op.GETFIELD_2: {
                            int obj = (int) s[sp - 1];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot read field because the object is null");
                            }
                            s[sp - 1] = heap.word(obj + ObjectModel.HEADER_WORDS + code[pc + 1]);
                            sp++;
                            pc += 2;
                            continue;
                        }
                        case Op.GETFIELD_A: {
                            int obj = (int) s[sp - 1];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot read field because the object is null");
                            }
                            s[sp - 1] = mm.loadReference(obj, obj + ObjectModel.HEADER_WORDS + code[pc + 1]);
                            pc += 2;
                            continue;
                        }
                        case Op.PUTFIELD_1: {
                            int obj = (int) s[sp - 2];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot assign field because the object is null");
                            }
                            heap.setWord(obj + ObjectModel.HEADER_WORDS + code[pc + 1], (int) s[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            continue;
                        }
                        case Op.PUTFIELD_2: {
                            int obj = (int) s[sp - 3];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot assign field because the object is null");
                            }
                            heap.setWord(obj + ObjectModel.HEADER_WORDS + code[pc + 1], s[sp - 2]);
                            sp -= 3;
                            pc += 2;
                            continue;
                        }
                        case Op.PUTFIELD_A: {
                            int obj = (int) s[sp - 2];
                            if (obj == 0) {
                                throw npe(fd, pc, "Cannot assign field because the object is null");
                            }
                            mm.storeReference(obj, obj + ObjectModel.HEADER_WORDS + code[pc + 1], (int) s[sp - 1]);
                            sp -= 2;
                            pc += 2;
                            continue;
                        }
                        case Op.GETSTATIC_1: case Op.GETSTATIC_A:
                            s[sp++] = classes.statics[code[pc + 1]]; pc += 2; continue;
                        case Op.GETSTATIC_2:
                            s[sp] = classes.statics[code[pc + 1]]; sp += 2; pc += 2; continue;
                        case Op.PUTSTATIC_1:
                            classes.statics[code[pc + 1]] = (int) s[--sp]; pc += 2; continue;
                        case Op.PUTSTATIC_A:
                            classes.statics[code[pc + 1]] = s[--sp]; pc += 2; continue;
                        case Op.PUTSTATIC_2:
                            sp -= 2; classes.statics[code[pc + 1]] = s[sp]; pc += 2; continue;

                        // ---- calls (quick forms; the symbolic ones are resolved in rare): one copy of the call
                        case Op.INVOKE_DIRECT: case Op.INVOKE_DIRECT_RECEIVER: case Op.INVOKE_VIRTUAL:
                        case Op.INVOKE_INTERFACE: {
                            VmMethod callee = callee(code[pc], pool[code[pc + 1]], sp, fd, pc);
                            int cb = sp - callee.argSlots;
                            framePc[fd] = pc;
                            executed += n;
                            n = 0;
                            long r = invoke(callee, cb);
                            budget = maxInstructions - executed;
                            s[cb] = r; // harmless for void: the slot is above the new top
                            sp = cb + callee.returnSlots;
                            pc += 2;
                            continue;
                        }
                        case Op.INVOKE_INITIALIZER: {
                            Op.Initializer init = (Op.Initializer) pool[code[pc + 1]];
                            sp = runInitializer(init, sp, fd, pc);
                            n += init.bytecodes;
                            pc += 2;
                            continue;
                        }
                        case Op.SKIP_CALL:
                            sp -= code[pc + 1];
                            pc += 2;
                            continue;
                        case Op.SKIP_CALL_RECEIVER:
                            if (s[sp - code[pc + 1]] == 0) {
                                throw npe(fd, pc, "Cannot invoke a method because the receiver is null");
                            }
                            sp -= code[pc + 1];
                            pc += 2;
                            continue;

                        // ---- objects (quick forms; the symbolic ones are resolved in rare)
                        case Op.NEW_OBJECT: {
                            framePc[fd] = pc;
                            s[sp++] = vm.allocate(((VmClass) pool[code[pc + 1]]).layout, 0);
                            pc += 2;
                            continue;
                        }
                        case Op.NEW_DUP: {
                            framePc[fd] = pc;
                            int obj = vm.allocate(((VmClass) pool[code[pc + 1]]).layout, 0);
                            s[sp] = obj;
                            s[sp + 1] = obj;
                            sp += 2;
                            n++;
                            pc += 3;
                            continue;
                        }
                        case Op.NEW_ARRAY: {
                            int length = (int) s[sp - 1];
                            framePc[fd] = pc;
                            if (length < 0) {
                                throw vm.raise("java/lang/NegativeArraySizeException", Integer.toString(length));
                            }
                            s[sp - 1] = vm.allocate(((VmClass) pool[code[pc + 1]]).layout, length);
                            pc += 2;
                            continue;
                        }
                        case Op.CHECKCAST_CLASS: {
                            int obj = (int) s[sp - 1];
                            VmClass type = (VmClass) pool[code[pc + 1]];
                            if (obj != 0 && !classes.classOf(obj).isSubtypeOf(type)) {
                                throw classCast(fd, pc, obj, type);
                            }
                            pc += 2;
                            continue;
                        }
                        case Op.INSTANCEOF_CLASS: {
                            int obj = (int) s[sp - 1];
                            s[sp - 1] = obj != 0 && classes.classOf(obj).isSubtypeOf((VmClass) pool[code[pc + 1]]) ? 1 : 0;
                            pc += 2;
                            continue;
                        }
                        default: {
                            framePc[fd] = pc;
                            executed += n;
                            n = 0;
                            long next = rare(m, fd, pc, sp);
                            budget = maxInstructions - executed;
                            pc = (int) (next >>> 32);
                            sp = (int) next;
                            continue;
                        }
                    }
                    pc = branch(fd, pc, target); // the one call site of the taken branch in this loop
                }
            } catch (Thrown | ClassTable.ClassNotFound e) {
                executed += n;
                n = 0;
                budget = maxInstructions - executed;
                pc = handler(m, fd, pc, e);
                sp = base + m.maxLocals;
                s[sp++] = vm.pendingException;
                vm.pendingException = 0;
            }
        }
    }

    /**
     * The instructions {@link #execute} leaves out of its loop: symbolic instructions on their first execution
     * (resolved and rewritten to their quick forms, then run again), floats and doubles, the rarer stack shuffles,
     * long division, lookupswitch, string concatenation, multianewarray, athrow, monitors, and what gclab does not
     * support. {@code framePc[fd]} is {@code pc}, and this activation's bytecodes are counted in {@code executed}.
     * Returns the next pc and stack top, packed as {@code pc << 32 | sp}.
     */
    private long rare(VmMethod m, int fd, int pc, int sp) {
        final long[] s = stack;
        final int[] code = m.code;
        final Object[] pool = m.pool;
        int op = code[pc];
        switch (op) {
            case Opcodes.GETFIELD: case Opcodes.PUTFIELD: case Opcodes.GETSTATIC: case Opcodes.PUTSTATIC:
                resolveField(m, pc);
                return next(pc, sp);
            case Opcodes.INVOKEVIRTUAL: case Opcodes.INVOKESPECIAL: case Opcodes.INVOKESTATIC:
            case Opcodes.INVOKEINTERFACE:
                resolveCall(m, pc, sp);
                return next(pc, sp);
            case Opcodes.INVOKEDYNAMIC:
                resolveInvokeDynamic(m, pc, sp);
                return next(pc, sp);
            case Opcodes.NEW: case Opcodes.ANEWARRAY: case Opcodes.NEWARRAY: case Opcodes.CHECKCAST:
            case Opcodes.INSTANCEOF: case Opcodes.MULTIANEWARRAY:
                resolveType(m, pc);
                return next(pc, sp);
            case Op.LDC_STRING:
                code[pc + 1] = vm.internIndex((String) pool[code[pc + 1]]);
                code[pc] = Op.LDC_CONSTANT;
                return next(pc, sp);
            case Op.LDC_CLASS: {
                VmClass c = resolveClass(pool, code[pc + 1]);
                vm.mirror(c);
                code[pc + 1] = c.mirror;
                code[pc] = Op.LDC_CONSTANT;
                return next(pc, sp);
            }
            case Opcodes.FCONST_0: case Opcodes.FCONST_1: case Opcodes.FCONST_2:
                s[sp] = Float.floatToRawIntBits(op - Opcodes.FCONST_0);
                return next(pc + 1, sp + 1);
            case Opcodes.DCONST_0: case Opcodes.DCONST_1:
                s[sp] = Double.doubleToRawLongBits(op - Opcodes.DCONST_0);
                return next(pc + 1, sp + 2);
            case Opcodes.FADD: case Opcodes.FSUB: case Opcodes.FMUL: case Opcodes.FDIV:
            case Opcodes.FREM: case Opcodes.FNEG: case Opcodes.DADD: case Opcodes.DSUB:
            case Opcodes.DMUL: case Opcodes.DDIV: case Opcodes.DREM: case Opcodes.DNEG:
            case Opcodes.I2F: case Opcodes.I2D: case Opcodes.L2F: case Opcodes.L2D:
            case Opcodes.F2I: case Opcodes.F2L: case Opcodes.F2D: case Opcodes.D2I:
            case Opcodes.D2L: case Opcodes.D2F: case Opcodes.FCMPL: case Opcodes.FCMPG:
            case Opcodes.DCMPL: case Opcodes.DCMPG:
                return next(pc + 1, floating(s, sp, op));
            case Opcodes.DUP_X1: {
                long v1 = s[sp - 1];
                s[sp - 1] = s[sp - 2];
                s[sp - 2] = v1;
                s[sp] = v1;
                return next(pc + 1, sp + 1);
            }
            case Opcodes.DUP_X2: {
                long v1 = s[sp - 1];
                s[sp - 1] = s[sp - 2];
                s[sp - 2] = s[sp - 3];
                s[sp - 3] = v1;
                s[sp] = v1;
                return next(pc + 1, sp + 1);
            }
            case Opcodes.DUP2_X1:
                dup2x1(s, sp);
                return next(pc + 1, sp + 2);
            case Opcodes.DUP2_X2:
                dup2x2(s, sp);
                return next(pc + 1, sp + 2);
            case Opcodes.SWAP: {
                long v = s[sp - 1];
                s[sp - 1] = s[sp - 2];
                s[sp - 2] = v;
                return next(pc + 1, sp);
            }
            case Opcodes.LDIV: case Opcodes.LREM: {
                long b = s[sp - 2];
                if (b == 0) {
                    throw divisionByZero(fd, pc);
                }
                long a = s[sp - 4];
                s[sp - 4] = op == Opcodes.LDIV ? a / b : a % b;
                return next(pc + 1, sp - 2);
            }
            case Opcodes.LOOKUPSWITCH:
                return next(branch(fd, pc, lookupSwitch(code, pc, (int) s[sp - 1])), sp - 1);
            case Op.CONCAT: {
                Op.Concat concat = (Op.Concat) pool[code[pc + 1]];
                int args = sp - concat.argumentSlots;
                s[args] = vm.natives.concat(concat, args);
                return next(pc + 2, args + 1);
            }
            case Op.MULTI_NEW_ARRAY: {
                int dims = code[pc + 2];
                for (int i = sp - dims; i < sp; i++) {
                    if ((int) s[i] < 0) {
                        throw vm.raise("java/lang/NegativeArraySizeException", Integer.toString((int) s[i]));
                    }
                }
                s[sp - dims] = vm.natives.multiNewArray((VmClass) pool[code[pc + 1]], sp - dims, dims);
                return next(pc + 3, sp - dims + 1);
            }
            case Opcodes.ATHROW: {
                int obj = (int) s[sp - 1];
                if (obj == 0) {
                    throw vm.raise("java/lang/NullPointerException", "Cannot throw exception because the value is null");
                }
                vm.pendingException = obj;
                throw new Thrown();
            }
            case Opcodes.MONITORENTER: case Opcodes.MONITOREXIT:
                if (s[sp - 1] == 0) {
                    throw npe(fd, pc, "Cannot enter synchronized block because the value is null");
                }
                return next(pc + 1, sp - 1);
            case Op.UNSUPPORTED:
                throw GclabException.unsupported(pool[code[pc + 1]] + " (at " + m.where(pc) + ")");
            default:
                throw GclabException.unsupported("bytecode " + op + " (at " + m.where(pc) + ")");
        }
    }

    /** {@link #rare}'s result: the next pc and stack top. */
    private static long next(int pc, int sp) {
        return (long) pc << 32 | (sp & 0xFFFF_FFFFL);
    }

    /**
     * The method that a quick call instruction {@code op} calls, with the arguments atop the stack at {@code sp}
     * and its resolved {@code site} from the pool; throws NullPointerException for a null receiver.
     */
    private VmMethod callee(int op, Object site, int sp, int fd, int pc) {
        switch (op) {
            case Op.INVOKE_DIRECT:
                return (VmMethod) site;
            case Op.INVOKE_DIRECT_RECEIVER: {
                VmMethod callee = (VmMethod) site;
                if (stack[sp - callee.argSlots] == 0) {
                    throw nullReceiver(fd, pc, callee);
                }
                return callee;
            }
            case Op.INVOKE_VIRTUAL: {
                Op.VirtualSite virtual = (Op.VirtualSite) site;
                int receiver = (int) stack[sp - virtual.resolved.argSlots];
                if (receiver == 0) {
                    throw nullReceiver(fd, pc, virtual.resolved);
                }
                return classes.classOf(receiver).vtable[virtual.vtableIndex];
            }
            default: {
                Op.InterfaceSite iface = (Op.InterfaceSite) site;
                int receiver = (int) stack[sp - iface.resolved.argSlots];
                if (receiver == 0) {
                    throw nullReceiver(fd, pc, iface.resolved);
                }
                VmClass rc = classes.classOf(receiver);
                if (rc != iface.cachedClass) {
                    iface.cachedTarget = rc.select(iface.resolved);
                    iface.cachedClass = rc;
                }
                return iface.cachedTarget;
            }
        }
    }

    /**
     * The handler pc in {@code m} for the exception {@code e} thrown at {@code pc} (a missing class becomes a
     * NoClassDefFoundError here); rethrows it if this activation has none.
     */
    private int handler(VmMethod m, int fd, int pc, RuntimeException e) {
        Thrown thrown;
        if (e instanceof ClassTable.ClassNotFound) {
            framePc[fd] = pc;
            thrown = vm.raise("java/lang/NoClassDefFoundError", ((ClassTable.ClassNotFound) e).className);
        } else {
            thrown = (Thrown) e;
        }
        int handler = findHandler(m, pc);
        if (handler < 0) {
            throw thrown;
        }
        return handler;
    }

    private Thrown nullReceiver(int fd, int pc, VmMethod callee) {
        return npe(fd, pc, "Cannot invoke \"" + callee.javaName() + "()\" because the receiver is null");
    }

    private Thrown divisionByZero(int fd, int pc) {
        framePc[fd] = pc;
        return vm.raise("java/lang/ArithmeticException", "/ by zero");
    }

    private Thrown arrayStore(int fd, int pc, int value) {
        framePc[fd] = pc;
        return vm.raise("java/lang/ArrayStoreException", classes.classOf(value).javaName());
    }

    private Thrown classCast(int fd, int pc, int obj, VmClass type) {
        framePc[fd] = pc;
        return vm.raise("java/lang/ClassCastException", vm.classCastMessage(classes.classOf(obj), type));
    }

    /**
     * The float and double bytecodes {@code op} (arithmetic, conversions, comparisons) on the operand stack
     * {@code s} whose top is {@code sp}; returns the new top. Kept out of {@link #execute}: the programs gclab runs
     * rarely use them, and every byte of that method's bytecode is taken from the host JIT's inlining budget for it
     * (C2 inlines into one compilation at most DesiredMethodLimit, 8000 bytecode bytes, the method's own included).
     */
    private static int floating(long[] s, int sp, int op) {
        switch (op) {
            case Opcodes.FADD: sp--; s[sp - 1] = fbits(f(s[sp - 1]) + f(s[sp])); return sp;
            case Opcodes.FSUB: sp--; s[sp - 1] = fbits(f(s[sp - 1]) - f(s[sp])); return sp;
            case Opcodes.FMUL: sp--; s[sp - 1] = fbits(f(s[sp - 1]) * f(s[sp])); return sp;
            case Opcodes.FDIV: sp--; s[sp - 1] = fbits(f(s[sp - 1]) / f(s[sp])); return sp;
            case Opcodes.FREM: sp--; s[sp - 1] = fbits(f(s[sp - 1]) % f(s[sp])); return sp;
            case Opcodes.FNEG: s[sp - 1] = fbits(-f(s[sp - 1])); return sp;
            case Opcodes.DADD: sp -= 2; s[sp - 2] = dbits(d(s[sp - 2]) + d(s[sp])); return sp;
            case Opcodes.DSUB: sp -= 2; s[sp - 2] = dbits(d(s[sp - 2]) - d(s[sp])); return sp;
            case Opcodes.DMUL: sp -= 2; s[sp - 2] = dbits(d(s[sp - 2]) * d(s[sp])); return sp;
            case Opcodes.DDIV: sp -= 2; s[sp - 2] = dbits(d(s[sp - 2]) / d(s[sp])); return sp;
            case Opcodes.DREM: sp -= 2; s[sp - 2] = dbits(d(s[sp - 2]) % d(s[sp])); return sp;
            case Opcodes.DNEG: s[sp - 2] = dbits(-d(s[sp - 2])); return sp;
            case Opcodes.I2F: s[sp - 1] = fbits((float) (int) s[sp - 1]); return sp;
            case Opcodes.I2D: s[sp - 1] = dbits((double) (int) s[sp - 1]); sp++; return sp;
            case Opcodes.L2F: sp--; s[sp - 1] = fbits((float) s[sp - 1]); return sp;
            case Opcodes.L2D: s[sp - 2] = dbits((double) s[sp - 2]); return sp;
            case Opcodes.F2I: s[sp - 1] = (int) f(s[sp - 1]); return sp;
            case Opcodes.F2L: s[sp - 1] = (long) f(s[sp - 1]); sp++; return sp;
            case Opcodes.F2D: s[sp - 1] = dbits((double) f(s[sp - 1])); sp++; return sp;
            case Opcodes.D2I: sp--; s[sp - 1] = (int) d(s[sp - 1]); return sp;
            case Opcodes.D2L: s[sp - 2] = (long) d(s[sp - 2]); return sp;
            case Opcodes.D2F: sp--; s[sp - 1] = fbits((float) d(s[sp - 1])); return sp;
            case Opcodes.FCMPL: case Opcodes.FCMPG: {
                float a = f(s[sp - 2]);
                float b = f(s[sp - 1]);
                sp--;
                s[sp - 1] = a > b ? 1 : a == b ? 0 : a < b ? -1 : op == Opcodes.FCMPG ? 1 : -1;
                return sp;
            }
            case Opcodes.DCMPL: case Opcodes.DCMPG: {
                double a = d(s[sp - 4]);
                double b = d(s[sp - 2]);
                sp -= 3;
                s[sp - 1] = a > b ? 1 : a == b ? 0 : a < b ? -1 : op == Opcodes.DCMPG ? 1 : -1;
                return sp;
            }
            default:
                throw new IllegalArgumentException("not a float or double bytecode: " + op);
        }
    }

    private static float f(long bits) {
        return Float.intBitsToFloat((int) bits);
    }

    private static long fbits(float v) {
        return Float.floatToRawIntBits(v);
    }

    private static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long dbits(double v) {
        return Double.doubleToRawLongBits(v);
    }

    private static void dup2x1(long[] s, int sp) {
        long v1 = s[sp - 1];
        long v2 = s[sp - 2];
        long v3 = s[sp - 3];
        s[sp - 3] = v2; s[sp - 2] = v1; s[sp - 1] = v3; s[sp] = v2; s[sp + 1] = v1;
    }

    private static void dup2x2(long[] s, int sp) {
        long v1 = s[sp - 1];
        long v2 = s[sp - 2];
        long v3 = s[sp - 3];
        long v4 = s[sp - 4];
        s[sp - 4] = v2; s[sp - 3] = v1; s[sp - 2] = v4; s[sp - 1] = v3; s[sp] = v2; s[sp + 1] = v1;
    }

    /** The target of the lookupswitch at {@code pc} for {@code key}: binary search of its sorted keys. */
    private static int lookupSwitch(int[] code, int pc, int key) {
        int count = code[pc + 2];
        int lo = 0;
        int hi = count - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int k = code[pc + 3 + mid];
            if (k < key) {
                lo = mid + 1;
            } else if (k > key) {
                hi = mid - 1;
            } else {
                return code[pc + 3 + count + mid];
            }
        }
        return code[pc + 1];
    }

    /** Whether {@code ifeq} ... {@code ifle} ({@code op}) branches on {@code value}. */
    private static boolean ifZero(int op, int value) {
        switch (op) {
            case Opcodes.IFEQ: return value == 0;
            case Opcodes.IFNE: return value != 0;
            case Opcodes.IFLT: return value < 0;
            case Opcodes.IFGE: return value >= 0;
            case Opcodes.IFGT: return value > 0;
            default: return value <= 0;
        }
    }

    /** A taken branch; a backward one is a safepoint. */
    private int branch(int fd, int pc, int target) {
        if (target <= pc) {
            framePc[fd] = pc;
            mm.safepointPoll();
        }
        return target;
    }

    private Thrown npe(int fd, int pc, String message) {
        framePc[fd] = pc;
        return vm.raise("java/lang/NullPointerException", message);
    }

    private void checkIndex(int fd, int pc, int array, int index) {
        if (array == 0) {
            throw npe(fd, pc, "Cannot load from or store to an array because it is null");
        }
        int length = heap.lengthOf(array);
        if (index < 0 || index >= length) {
            framePc[fd] = pc;
            throw vm.raise("java/lang/ArrayIndexOutOfBoundsException",
                    "Index " + index + " out of bounds for length " + length);
        }
    }

    /** A one-slot primitive element, sign- or zero-extended as its type requires. */
    private long loadElement(int array, int index) {
        ElementKind kind = heap.layoutOf(array).element();
        long bits = heap.primitiveElement(array, kind, index);
        switch (kind) {
            case BYTE: return (byte) bits;
            case SHORT: return (short) bits;
            case INT: case FLOAT: return (int) bits;
            default: return bits; // boolean, char: zero-extended
        }
    }

    /** The handler pc for the pending exception thrown at {@code pc}, or -1. */
    private int findHandler(VmMethod m, int pc) {
        int[] h = m.handlers;
        if (h.length == 0) {
            return -1;
        }
        VmClass thrown = classes.classOf(vm.pendingException);
        for (int i = 0; i < h.length; i += 4) {
            if (pc >= h[i] && pc < h[i + 1]) {
                int type = h[i + 3];
                if (type < 0) {
                    return h[i + 2];
                }
                VmClass catchClass;
                try {
                    catchClass = resolveClass(m.pool, type);
                } catch (ClassTable.ClassNotFound e) {
                    continue; // no instance of a missing class can have been thrown
                }
                if (thrown.isSubtypeOf(catchClass)) {
                    return h[i + 2];
                }
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- resolution (first execution)

    VmClass resolveClass(Object[] pool, int index) {
        Object entry = pool[index];
        if (entry instanceof VmClass) {
            return (VmClass) entry;
        }
        VmClass c = classes.load(((Op.ClassRef) entry).name);
        pool[index] = c;
        return c;
    }

    /** Resolves a field instruction, initialises its class if static, and rewrites it to its quick form. */
    private void resolveField(VmMethod m, int pc) {
        int[] code = m.code;
        FieldInsnNode insn = (FieldInsnNode) m.pool[code[pc + 1]];
        VmClass owner = classes.load(insn.owner);
        VmField field = owner.resolveField(insn.name + ":" + insn.desc);
        if (field == null) {
            if (ClassPath.isJdkName(owner.name)) {
                throw GclabException.unsupported("field " + owner.javaName() + "." + insn.name + " (at "
                        + m.where(pc) + ")");
            }
            throw vm.raise("java/lang/NoSuchFieldError", insn.name);
        }
        boolean isStatic = insn.getOpcode() == Opcodes.GETSTATIC || insn.getOpcode() == Opcodes.PUTSTATIC;
        if (isStatic != field.isStatic) {
            throw vm.raise("java/lang/IncompatibleClassChangeError", "Expected " + (isStatic ? "static" : "non-static")
                    + " field " + field);
        }
        if (isStatic) {
            // Quickened once the class is initialised, or while its own <clinit> runs (one thread: JVMS 5.5
            // lets the initialising thread through).
            vm.initialize(field.owner);
        }
        int op;
        switch (insn.getOpcode()) {
            case Opcodes.GETFIELD: op = field.isReference ? Op.GETFIELD_A : field.isWide ? Op.GETFIELD_2 : Op.GETFIELD_1; break;
            case Opcodes.PUTFIELD: op = field.isReference ? Op.PUTFIELD_A : field.isWide ? Op.PUTFIELD_2 : Op.PUTFIELD_1; break;
            case Opcodes.GETSTATIC: op = field.isReference ? Op.GETSTATIC_A : field.isWide ? Op.GETSTATIC_2 : Op.GETSTATIC_1; break;
            default: op = field.isReference ? Op.PUTSTATIC_A : field.isWide ? Op.PUTSTATIC_2 : Op.PUTSTATIC_1; break;
        }
        code[pc + 1] = field.slot;
        code[pc] = op;
    }

    /** Resolves a call instruction and rewrites it to INVOKE_DIRECT, INVOKE_VIRTUAL or INVOKE_INTERFACE. */
    /**
     * Class initialisation at a call site's first execution. It may collect while the call's arguments wait on
     * the caller's operand stack, where the frame's map leaves them out (they are to become the callee's
     * locals, which the callee's own map covers): so they are held in handles meanwhile, and read back.
     */
    private void initializeHoldingArguments(VmClass c, int args, int[] refSlots) {
        if (c.state == VmClass.State.INITIALIZED) {
            return;
        }
        int top = holdArguments(args, refSlots);
        try {
            vm.initialize(c);
        } finally {
            releaseArguments(args, refSlots, top);
        }
    }

    /** Pushes {@code stack[args + slot]} for each slot as a handle; returns the handle top to release to. */
    private int holdArguments(int args, int[] refSlots) {
        int top = vm.handleTop;
        for (int slot : refSlots) {
            vm.pushHandle((int) stack[args + slot]);
        }
        return top;
    }

    /** Writes the held arguments back (a moving collector may have moved them) and pops their handles. */
    private void releaseArguments(int args, int[] refSlots, int top) {
        for (int k = 0; k < refSlots.length; k++) {
            stack[args + refSlots[k]] = vm.handle(top + k);
        }
        vm.handleTop = top;
    }

    private void resolveCall(VmMethod caller, int pc, int sp) {
        int[] code = caller.code;
        MethodInsnNode insn = (MethodInsnNode) caller.pool[code[pc + 1]];
        VmClass owner = classes.load(insn.owner);
        String nd = insn.name + insn.desc;
        VmMethod resolved = owner.isArray() ? classes.load("java/lang/Object").resolveMethod(nd) : owner.resolveMethod(nd);
        if (resolved != null && resolved.isConstructor() && resolved.owner != owner) {
            resolved = null; // constructors are not inherited (JVMS 6.5 invokespecial)
        }
        if (resolved == null) {
            if (ClassPath.isJdkName(owner.name) || owner.isArray()) {
                throw GclabException.unsupported("method " + owner.javaName() + "." + insn.name + insn.desc
                        + " (at " + caller.where(pc) + ")");
            }
            throw vm.raise("java/lang/NoSuchMethodError", owner.javaName() + "." + insn.name + insn.desc);
        }
        int index = code[pc + 1];
        switch (insn.getOpcode()) {
            case Opcodes.INVOKESTATIC:
                initializeHoldingArguments(resolved.owner, sp - resolved.argSlots, resolved.argumentReferenceSlots);
                caller.pool[index] = resolved;
                code[pc] = Op.INVOKE_DIRECT;
                skipIfEmpty(caller, pc, resolved, Op.SKIP_CALL);
                return;
            case Opcodes.INVOKESPECIAL: {
                VmMethod target = resolved;
                VmClass current = caller.owner;
                if (!resolved.isConstructor() && !resolved.isPrivate() && owner != current
                        && !owner.isInterface() && current.superclass != null && current.isSubtypeOf(owner)) {
                    target = current.superclass.resolveMethod(nd); // super.m(): from the direct superclass
                }
                caller.pool[index] = target;
                code[pc] = Op.INVOKE_DIRECT_RECEIVER;
                skipIfEmpty(caller, pc, target, Op.SKIP_CALL_RECEIVER);
                if (code[pc] == Op.INVOKE_DIRECT_RECEIVER) {
                    Op.Initializer init = initializer(target);
                    if (init != null) {
                        caller.pool[index] = init;
                        code[pc] = Op.INVOKE_INITIALIZER;
                    }
                }
                return;
            }
            case Opcodes.INVOKEINTERFACE:
                caller.pool[index] = new Op.InterfaceSite(resolved);
                code[pc] = Op.INVOKE_INTERFACE;
                return;
            default: {
                Integer vtableIndex = owner.isInterface() ? null : owner.vtableIndex.get(nd);
                if (resolved.isPrivate() || resolved.isStatic() || vtableIndex == null) {
                    if (vtableIndex == null && !resolved.isPrivate() && !resolved.isStatic()) {
                        caller.pool[index] = new Op.InterfaceSite(resolved);
                        code[pc] = Op.INVOKE_INTERFACE;
                        return;
                    }
                    caller.pool[index] = resolved;
                    code[pc] = Op.INVOKE_DIRECT_RECEIVER;
                    return;
                }
                if ((owner.access & Opcodes.ACC_FINAL) != 0) {
                    // No subclass: every receiver runs the same method, so call it directly.
                    caller.pool[index] = owner.vtable[vtableIndex];
                    code[pc] = Op.INVOKE_DIRECT_RECEIVER;
                    return;
                }
                caller.pool[index] = new Op.VirtualSite(resolved, vtableIndex);
                code[pc] = Op.INVOKE_VIRTUAL;
            }
        }
    }

    /**
     * {@code target} as an {@link Op.Initializer} if it is a constructor that only stores arguments into its
     * own one-slot fields, before or after {@code super()} of an empty Object.<init>; otherwise null.
     */
    private Op.Initializer initializer(VmMethod target) {
        VmClass owner = target.owner;
        if (!target.isConstructor() || target.isNative() || !target.node.tryCatchBlocks.isEmpty()
                || owner.superclass == null || !owner.superclass.name.equals("java/lang/Object")
                || !isEmpty(owner.superclass.resolveMethod("<init>()V"))) {
            return null;
        }
        int[] pairs = new int[2 * (target.node.instructions.size() / 3)];
        long references = 0;
        int stores = 0;
        boolean superCalled = false;
        AbstractInsnNode insn = firstInstruction(target.node.instructions.getFirst());
        while (insn != null && insn.getOpcode() == Opcodes.ALOAD && ((VarInsnNode) insn).var == 0) {
            AbstractInsnNode second = Decoder.nextInstruction(insn);
            AbstractInsnNode third = second == null ? null : Decoder.nextInstruction(second);
            if (!superCalled && second instanceof MethodInsnNode && second.getOpcode() == Opcodes.INVOKESPECIAL
                    && ((MethodInsnNode) second).owner.equals("java/lang/Object")
                    && ((MethodInsnNode) second).name.equals("<init>") && ((MethodInsnNode) second).desc.equals("()V")) {
                superCalled = true;
                insn = third;
                continue;
            }
            int load = second == null ? -1 : second.getOpcode();
            if ((load != Opcodes.ALOAD && load != Opcodes.ILOAD && load != Opcodes.FLOAD)
                    || ((VarInsnNode) second).var >= target.argSlots
                    || third == null || third.getOpcode() != Opcodes.PUTFIELD
                    || !((FieldInsnNode) third).owner.equals(owner.name)) {
                return null;
            }
            VmField field = owner.resolveField(((FieldInsnNode) third).name + ":" + ((FieldInsnNode) third).desc);
            if (field == null || field.isStatic || field.isWide || field.isReference != (load == Opcodes.ALOAD)
                    || stores == Long.SIZE) {
                return null;
            }
            pairs[2 * stores] = ((VarInsnNode) second).var;
            pairs[2 * stores + 1] = field.slot;
            references |= field.isReference ? 1L << stores : 0;
            stores++;
            insn = Decoder.nextInstruction(third);
        }
        if (!superCalled || insn == null || insn.getOpcode() != Opcodes.RETURN || Decoder.nextInstruction(insn) != null) {
            return null;
        }
        // As counted in its own frame: aload_0 and super() (one dispatch, the empty call skipped), three per
        // store, the return.
        return new Op.Initializer(target, java.util.Arrays.copyOf(pairs, 2 * stores), references, 3 + 3 * stores);
    }

    private static AbstractInsnNode firstInstruction(AbstractInsnNode insn) {
        while (insn != null && insn.getOpcode() < 0) {
            insn = insn.getNext();
        }
        return insn;
    }

    /** Runs the field stores of {@link Op#INVOKE_INITIALIZER} on the arguments atop the stack; returns the new top. */
    private int runInitializer(Op.Initializer init, int sp, int fd, int pc) {
        long[] s = stack;
        int args = sp - init.argSlots;
        int obj = (int) s[args];
        if (obj == 0) {
            throw npe(fd, pc, "Cannot invoke \"" + init.method.javaName() + "()\" because the receiver is null");
        }
        int[] stores = init.stores;
        long references = init.references;
        for (int i = 0; i < stores.length; i += 2, references >>>= 1) {
            int address = obj + ObjectModel.HEADER_WORDS + stores[i + 1];
            int value = (int) s[args + stores[i]];
            if ((references & 1) != 0) {
                mm.storeReference(obj, address, value);
            } else {
                heap.setWord(address, value);
            }
        }
        return args;
    }

    /** Whether {@code m}'s whole body is {@code return}. */
    private boolean isEmpty(VmMethod m) {
        if (m == null || m.isNative() || m.isAbstract() || m.node.instructions.size() == 0) {
            return false;
        }
        if (m.code == null) {
            vm.metaspace.add(Decoder.decode(m));
        }
        return m.code.length == 1 && m.code[0] == Opcodes.RETURN;
    }

    /**
     * Rewrites a direct call of a method whose whole body is {@code return} (every constructor's call of
     * Object.<init>) to pop its arguments instead: no frame, same result.
     */
    private void skipIfEmpty(VmMethod caller, int pc, VmMethod target, int skipOp) {
        if (target == null || target.isNative() || target.isAbstract() || target.node.instructions.size() == 0) {
            return;
        }
        if (target.code == null) {
            vm.metaspace.add(Decoder.decode(target));
        }
        if (target.code.length == 1 && target.code[0] == Opcodes.RETURN) {
            caller.code[pc + 1] = target.argSlots;
            caller.code[pc] = skipOp;
        }
    }

    /** Resolves a type instruction (new, anewarray, newarray, checkcast, instanceof, multianewarray). */
    private void resolveType(VmMethod m, int pc) {
        int[] code = m.code;
        int index = code[pc + 1];
        Object entry = m.pool[index];
        switch (code[pc]) {
            case Opcodes.NEW: {
                VmClass c = classes.load(((TypeInsnNode) entry).desc);
                if (c.isInterface() || c.isAbstract()) {
                    throw vm.raise("java/lang/InstantiationError", c.javaName());
                }
                vm.initialize(c);
                m.pool[index] = c;
                code[pc] = pc + 2 < code.length && code[pc + 2] == Opcodes.DUP ? Op.NEW_DUP : Op.NEW_OBJECT;
                return;
            }
            case Opcodes.ANEWARRAY: {
                VmClass component = classes.fromDescriptor(descriptorOf(((TypeInsnNode) entry).desc));
                m.pool[index] = classes.arrayOf(component);
                code[pc] = Op.NEW_ARRAY;
                return;
            }
            case Opcodes.NEWARRAY: {
                m.pool[index] = classes.load(((Op.ClassRef) entry).name);
                code[pc] = Op.NEW_ARRAY;
                return;
            }
            case Opcodes.CHECKCAST:
            case Opcodes.INSTANCEOF: {
                m.pool[index] = classes.fromDescriptor(descriptorOf(((TypeInsnNode) entry).desc));
                code[pc] = code[pc] == Opcodes.CHECKCAST ? Op.CHECKCAST_CLASS : Op.INSTANCEOF_CLASS;
                return;
            }
            default:
                m.pool[index] = resolveClass(m.pool, index);
                code[pc] = Op.MULTI_NEW_ARRAY;
        }
    }

    private static String descriptorOf(String internalNameOrArray) {
        return internalNameOrArray.startsWith("[") ? internalNameOrArray : "L" + internalNameOrArray + ";";
    }

    private int lambdaSerial;

    /**
     * Resolves an invokedynamic: string concatenation, lambdas (LambdaMetafactory) and records' methods
     * (ObjectMethods) are supported; the rest fails with a clear message.
     */
    private void resolveInvokeDynamic(VmMethod m, int pc, int sp) {
        InvokeDynamicInsnNode insn = (InvokeDynamicInsnNode) m.pool[m.code[pc + 1]];
        Handle bsm = insn.bsm;
        if (bsm.getOwner().equals("java/lang/invoke/StringConcatFactory")) {
            Type[] args = Type.getArgumentTypes(insn.desc);
            char[] kinds = new char[args.length];
            int slots = 0;
            for (int i = 0; i < args.length; i++) {
                kinds[i] = args[i].getSort() == Type.OBJECT || args[i].getSort() == Type.ARRAY
                        ? 'L' : args[i].getDescriptor().charAt(0);
                slots += args[i].getSize();
            }
            String recipe;
            Object[] constants;
            if (bsm.getName().equals("makeConcatWithConstants")) {
                recipe = (String) insn.bsmArgs[0];
                constants = java.util.Arrays.copyOfRange(insn.bsmArgs, 1, insn.bsmArgs.length);
            } else {
                recipe = "\u0001".repeat(args.length);
                constants = new Object[0];
            }
            m.pool[m.code[pc + 1]] = new Op.Concat(recipe, constants, kinds, slots);
            m.code[pc] = Op.CONCAT;
            return;
        }
        if (Lambdas.isLambda(insn) || ObjectMethods.isObjectMethods(insn)) {
            // Spinning initialises the new class (and a functional interface with default methods), which
            // may collect while the call site's arguments wait on the stack: hold them meanwhile.
            Type[] types = Type.getArgumentTypes(insn.desc);
            int[] refSlots = new int[types.length];
            int refs = 0;
            int slots = 0;
            for (Type t : types) {
                if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                    refSlots[refs++] = slots;
                }
                slots += t.getSize();
            }
            int args = sp - slots;
            int[] held = java.util.Arrays.copyOf(refSlots, refs);
            int top = holdArguments(args, held);
            try {
                m.pool[m.code[pc + 1]] = Lambdas.isLambda(insn) ? Lambdas.spin(vm, m, insn, lambdaSerial++)
                        : ObjectMethods.spin(vm, m, insn, lambdaSerial++);
            } finally {
                releaseArguments(args, held, top);
            }
            m.code[pc] = Op.INVOKE_DIRECT;
            return;
        }
        throw GclabException.unsupported("invokedynamic with bootstrap " + bsm.getOwner().replace('/', '.') + "."
                + bsm.getName() + " (at " + m.where(pc) + ")");
    }
}
