package gclab.vm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Decodes a method once, on its first invocation, into the form the {@link Interpreter} runs:
 * <ul>
 *   <li>{@code code}: an {@code int[]} of opcodes, each followed by its operands. ASM has already folded the
 *       short forms ({@code iload_0}) and {@code wide}; labels, line numbers and frames are dropped. Branch
 *       targets are pcs (indexes into {@code code}); local variables are slot numbers; constants are inline.
 *       Symbolic references (fields, methods, classes) are indexes into {@code pool}, which holds the ASM
 *       instruction until the first execution resolves it; the instruction is then rewritten to its quick
 *       form ({@link Op}) with the resolved operand (a field's slot, a vtable index, a class). An
 *       {@code aload} or {@code iload} that begins one of a few common sequences ({@code this.f},
 *       {@code this.f = x}, {@code super()}, {@code i - 1}, {@code if (i > 0)}) is decoded to a
 *       superinstruction ({@link Op}) that runs the whole sequence in one dispatch; the rest of the sequence
 *       stays in the code as it was. A forward {@code goto} to a return returns at once.</li>
 *   <li>{@code refMaps}: for every instruction, the frame slots (locals, then operand stack, relative to the
 *       frame base) that hold references before it executes, from ASM's {@link Analyzer} with a
 *       {@link BasicInterpreter}. At a call, the arguments are left out: they have become the callee's
 *       locals, which the callee's own map covers. This is the exact root map of a real JVM's stack maps.</li>
 *   <li>{@code handlers} and {@code lines}: the exception table and the line table, in pcs.</li>
 * </ul>
 */
final class Decoder {
    static final int[] NO_REFERENCES = new int[0];

    private Decoder() {
    }

    /** After this, {@code m} has its code, pool, handlers, lines and reference maps. Returns metadata bytes. */
    static long decode(VmMethod m) {
        MethodNode mn = m.node;
        InsnList insns = mn.instructions;
        int n = insns.size();
        int[] pcOf = new int[n + 1];
        Map<LabelNode, Integer> labelIndex = new IdentityHashMap<>();
        int pc = 0;
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = insns.get(i);
            pcOf[i] = pc;
            if (insn instanceof LabelNode) {
                labelIndex.put((LabelNode) insn, i);
            }
            pc += length(insn);
        }
        pcOf[n] = pc;
        int[] code = new int[pc];
        int[] lines = new int[pc];
        List<Object> pool = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < n; i++) {
            AbstractInsnNode insn = insns.get(i);
            if (insn instanceof LineNumberNode) {
                line = ((LineNumberNode) insn).line;
                continue;
            }
            if (insn.getOpcode() < 0) {
                continue;
            }
            int at = pcOf[i];
            lines[at] = line;
            emit(m, insn, at, code, pool, pcOf, labelIndex);
        }

        int[] handlers = new int[mn.tryCatchBlocks.size() * 4];
        int h = 0;
        for (TryCatchBlockNode tcb : mn.tryCatchBlocks) {
            handlers[h++] = pcOf[labelIndex.get(tcb.start)];
            handlers[h++] = pcOf[labelIndex.get(tcb.end)];
            handlers[h++] = pcOf[labelIndex.get(tcb.handler)];
            if (tcb.type == null) {
                handlers[h++] = -1;
            } else {
                handlers[h++] = pool.size();
                pool.add(new Op.ClassRef(tcb.type));
            }
        }

        int[][] refMaps = referenceMaps(m, insns, pcOf, pc);
        m.code = code;
        m.lines = lines;
        m.pool = pool.toArray();
        m.handlers = handlers;
        m.refMaps = refMaps;
        m.maxLocals = mn.maxLocals;
        m.maxStack = mn.maxStack;
        m.frameSize = m.argSlots + mn.maxLocals + mn.maxStack;
        long bytes = 4L * code.length + 4L * lines.length + 8L * m.pool.length + 4L * handlers.length
                + 8L * refMaps.length;
        for (int[] map : refMaps) {
            if (map != null && map.length > 0) {
                bytes += 4L * map.length;
            }
        }
        return bytes;
    }

    /** Length in code words of one instruction (0 for labels, line numbers and frames). */
    private static int length(AbstractInsnNode insn) {
        if (insn.getOpcode() < 0) {
            return 0;
        }
        switch (insn.getType()) {
            case AbstractInsnNode.INSN: return 1;
            case AbstractInsnNode.IINC_INSN: return 3;
            case AbstractInsnNode.MULTIANEWARRAY_INSN: return 3;
            case AbstractInsnNode.LDC_INSN: {
                Object c = ((LdcInsnNode) insn).cst;
                return c instanceof Long || c instanceof Double ? 3 : 2;
            }
            case AbstractInsnNode.TABLESWITCH_INSN:
                return 4 + ((TableSwitchInsnNode) insn).labels.size();
            case AbstractInsnNode.LOOKUPSWITCH_INSN:
                return 3 + 2 * ((LookupSwitchInsnNode) insn).keys.size();
            default: return 2;
        }
    }

    /**
     * The opcode an {@code aload} or {@code iload} is decoded to: itself, or the superinstruction it begins
     * ({@link Op}).
     */
    private static int superinstruction(AbstractInsnNode load) {
        AbstractInsnNode second = nextInstruction(load);
        AbstractInsnNode third = second == null ? null : nextInstruction(second);
        if (load.getOpcode() == Opcodes.ILOAD) {
            if (second != null && second.getOpcode() >= Opcodes.IFEQ && second.getOpcode() <= Opcodes.IFLE) {
                return Op.ILOAD_IF;
            }
            boolean constant = second != null && second.getOpcode() >= Opcodes.ICONST_M1
                    && second.getOpcode() <= Opcodes.ICONST_5;
            boolean addOrSub = third != null
                    && (third.getOpcode() == Opcodes.IADD || third.getOpcode() == Opcodes.ISUB);
            return constant && addOrSub ? Op.ILOAD_CONST_ADD : Opcodes.ILOAD;
        }
        if (second != null && second.getOpcode() == Opcodes.INVOKESPECIAL) {
            return Op.ALOAD_SKIP_CALL;
        }
        if (second != null && second.getOpcode() == Opcodes.GETFIELD) {
            return Op.ALOAD_GETFIELD;
        }
        if (second != null && (second.getOpcode() == Opcodes.ALOAD || second.getOpcode() == Opcodes.ILOAD
                || second.getOpcode() == Opcodes.FLOAD)) {
            if (third != null && third.getOpcode() == Opcodes.PUTFIELD) {
                return Op.ALOAD_LOAD_PUTFIELD;
            }
        }
        return Opcodes.ALOAD;
    }

    private static boolean isReturn(AbstractInsnNode insn) {
        return insn != null && insn.getOpcode() >= Opcodes.IRETURN && insn.getOpcode() <= Opcodes.RETURN;
    }

    /** The instruction after {@code insn}, labels, line numbers and frames skipped; null at the end. */
    static AbstractInsnNode nextInstruction(AbstractInsnNode insn) {
        AbstractInsnNode next = insn.getNext();
        while (next != null && next.getOpcode() < 0) {
            next = next.getNext();
        }
        return next;
    }

    private static void emit(VmMethod m, AbstractInsnNode insn, int at, int[] code, List<Object> pool, int[] pcOf,
                             Map<LabelNode, Integer> labels) {
        int op = insn.getOpcode();
        code[at] = op;
        switch (insn.getType()) {
            case AbstractInsnNode.INSN:
                return;
            case AbstractInsnNode.INT_INSN:
                if (op == Opcodes.NEWARRAY) {
                    code[at + 1] = pool.size();
                    pool.add(new Op.ClassRef(primitiveArrayName(((IntInsnNode) insn).operand)));
                } else {
                    code[at + 1] = ((IntInsnNode) insn).operand;
                }
                return;
            case AbstractInsnNode.VAR_INSN:
                if (op == Opcodes.RET) {
                    unsupported(m, at, code, pool, "bytecode ret (jsr/ret subroutines; compile with javac 7 or later)");
                    return;
                }
                code[at + 1] = ((VarInsnNode) insn).var;
                if (op == Opcodes.ALOAD || op == Opcodes.ILOAD) {
                    code[at] = superinstruction(insn);
                }
                return;
            case AbstractInsnNode.IINC_INSN:
                code[at + 1] = ((IincInsnNode) insn).var;
                code[at + 2] = ((IincInsnNode) insn).incr;
                return;
            case AbstractInsnNode.JUMP_INSN:
                if (op == Opcodes.JSR) {
                    unsupported(m, at, code, pool, "bytecode jsr (subroutines; compile with javac 7 or later)");
                    return;
                }
                code[at + 1] = pcOf[labels.get(((JumpInsnNode) insn).label)];
                if (op == Opcodes.GOTO && code[at + 1] > at && isReturn(nextInstruction(((JumpInsnNode) insn).label))) {
                    code[at] = Op.GOTO_RETURN;
                }
                return;
            case AbstractInsnNode.TABLESWITCH_INSN: {
                TableSwitchInsnNode t = (TableSwitchInsnNode) insn;
                code[at + 1] = pcOf[labels.get(t.dflt)];
                code[at + 2] = t.min;
                code[at + 3] = t.max;
                for (int i = 0; i < t.labels.size(); i++) {
                    code[at + 4 + i] = pcOf[labels.get(t.labels.get(i))];
                }
                return;
            }
            case AbstractInsnNode.LOOKUPSWITCH_INSN: {
                LookupSwitchInsnNode l = (LookupSwitchInsnNode) insn;
                int count = l.keys.size();
                code[at + 1] = pcOf[labels.get(l.dflt)];
                code[at + 2] = count;
                for (int i = 0; i < count; i++) {
                    code[at + 3 + i] = l.keys.get(i);
                    code[at + 3 + count + i] = pcOf[labels.get(l.labels.get(i))];
                }
                return;
            }
            case AbstractInsnNode.LDC_INSN: {
                Object c = ((LdcInsnNode) insn).cst;
                if (c instanceof Integer || c instanceof Float) {
                    code[at] = Op.LDC_INT;
                    code[at + 1] = (int) ClassTable.constantBits(c);
                } else if (c instanceof Long || c instanceof Double) {
                    long bits = ClassTable.constantBits(c);
                    code[at] = Op.LDC_LONG;
                    code[at + 1] = (int) (bits >>> 32);
                    code[at + 2] = (int) bits;
                } else if (c instanceof String) {
                    code[at] = Op.LDC_STRING;
                    code[at + 1] = pool.size();
                    pool.add(c);
                } else if (c instanceof Type && ((Type) c).getSort() != Type.METHOD) {
                    code[at] = Op.LDC_CLASS;
                    code[at + 1] = pool.size();
                    pool.add(new Op.ClassRef(((Type) c).getSort() == Type.OBJECT
                            ? ((Type) c).getInternalName() : ((Type) c).getDescriptor()));
                } else {
                    unsupported(m, at, code, pool, "ldc of a " + c.getClass().getSimpleName()
                            + " constant (method handles, method types, dynamic constants)");
                }
                return;
            }
            case AbstractInsnNode.MULTIANEWARRAY_INSN:
                code[at + 1] = pool.size();
                pool.add(new Op.ClassRef(((MultiANewArrayInsnNode) insn).desc));
                code[at + 2] = ((MultiANewArrayInsnNode) insn).dims;
                return;
            case AbstractInsnNode.INVOKE_DYNAMIC_INSN:
                code[at + 1] = pool.size();
                pool.add(insn);
                return;
            case AbstractInsnNode.TYPE_INSN:
            case AbstractInsnNode.FIELD_INSN:
            case AbstractInsnNode.METHOD_INSN:
                code[at + 1] = pool.size();
                pool.add(insn);
                return;
            default:
                unsupported(m, at, code, pool, "instruction type " + insn.getType());
        }
    }

    private static void unsupported(VmMethod m, int at, int[] code, List<Object> pool, String what) {
        code[at] = Op.UNSUPPORTED;
        code[at + 1] = pool.size();
        pool.add(what);
    }

    static String primitiveArrayName(int atype) {
        switch (atype) {
            case Opcodes.T_BOOLEAN: return "[Z";
            case Opcodes.T_CHAR: return "[C";
            case Opcodes.T_FLOAT: return "[F";
            case Opcodes.T_DOUBLE: return "[D";
            case Opcodes.T_BYTE: return "[B";
            case Opcodes.T_SHORT: return "[S";
            case Opcodes.T_INT: return "[I";
            default: return "[J";
        }
    }

    /**
     * The reference map of every instruction: the locals and operand-stack slots (stack slots numbered from
     * maxLocals) holding a reference before the instruction runs; at calls, without the arguments.
     * Identical maps are shared.
     */
    private static int[][] referenceMaps(VmMethod m, InsnList insns, int[] pcOf, int codeLength) {
        Frame<BasicValue>[] frames;
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(m.owner.name, m.node);
        } catch (AnalyzerException e) {
            throw new GclabException("cannot analyse " + m + " (malformed bytecode?): " + e.getMessage(), e);
        }
        int[][] maps = new int[codeLength][];
        Map<List<Integer>, int[]> shared = new HashMap<>();
        int maxLocals = m.node.maxLocals;
        int[] scratch = new int[maxLocals + m.node.maxStack + 1];
        for (int i = 0; i < frames.length; i++) {
            Frame<BasicValue> f = frames[i];
            AbstractInsnNode insn = insns.get(i);
            if (f == null || insn.getOpcode() < 0) {
                continue;
            }
            int count = 0;
            for (int l = 0; l < f.getLocals(); l++) {
                if (f.getLocal(l) == BasicValue.REFERENCE_VALUE) {
                    scratch[count++] = l;
                }
            }
            int stackValues = f.getStackSize() - argumentValues(insn);
            int slot = maxLocals;
            for (int s = 0; s < stackValues; s++) {
                BasicValue v = f.getStack(s);
                if (v == BasicValue.REFERENCE_VALUE) {
                    scratch[count++] = slot;
                }
                slot += v.getSize();
            }
            int[] map = Arrays.copyOf(scratch, count);
            List<Integer> key = new ArrayList<>(count);
            for (int x : map) {
                key.add(x);
            }
            maps[pcOf[i]] = shared.computeIfAbsent(key, k -> map);
        }
        return maps;
    }

    /** Stack values that a call consumes (they become the callee's locals); 0 for other instructions. */
    private static int argumentValues(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode) {
            MethodInsnNode mi = (MethodInsnNode) insn;
            return Type.getArgumentTypes(mi.desc).length + (mi.getOpcode() == Opcodes.INVOKESTATIC ? 0 : 1);
        }
        if (insn instanceof InvokeDynamicInsnNode) {
            InvokeDynamicInsnNode indy = (InvokeDynamicInsnNode) insn;
            if (Lambdas.isLambda(indy) || ObjectMethods.isObjectMethods(indy)) {
                return Type.getArgumentTypes(indy.desc).length; // becomes a call of a spun method
            }
            return 0; // string concatenation keeps its arguments on the stack while it converts them
        }
        return 0;
    }
}
