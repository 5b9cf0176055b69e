package gclab.vm;

import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * A linked method. Its code is decoded on first invocation ({@link Decoder}) into a compact {@code int[]} with
 * resolved operands, a constant pool of resolved entries, an exception table, a line table and, for every
 * instruction, the reference map that makes the frame's roots precise.
 */
final class VmMethod {
    final VmClass owner;
    final String name;
    final String descriptor;
    final int access;
    /** Index in the VM's method table (backtraces store it). */
    final int id;
    /** Slots taken by the arguments, the receiver included. */
    final int argSlots;
    /** 'V', 'I' (and Z, B, C, S, F: one slot), 'J' (and D: two slots), 'L' (reference). */
    final char returnKind;
    /** Stack slots taken by the result: 0 (void), 1 or 2 (long, double). */
    final int returnSlots;
    final MethodNode node;
    // ---- filled in by the Decoder on first invocation
    int[] code;
    Object[] pool;
    /** Groups of four: start pc, end pc (exclusive), handler pc, pool index of the catch class or -1. */
    int[] handlers;
    /** Source line of each pc (0 if unknown). */
    int[] lines;
    /** Per pc: the frame slots (relative to the frame base) that hold references at that instruction. */
    int[][] refMaps;
    int maxLocals;
    int maxStack;
    /** argSlots + maxLocals + maxStack: the stack room a call checks for. */
    int frameSize;

    /** For native methods: the intrinsic that implements it, bound at first call. */
    Natives.Intrinsic intrinsic;
    /**
     * The argument slots that hold references: a native method's roots while it runs, and what a call site
     * holds in handles while it is resolved (class initialisation may collect then).
     */
    final int[] argumentReferenceSlots;

    VmMethod(VmClass owner, MethodNode node, int id) {
        this.owner = owner;
        this.node = node;
        this.name = node.name;
        this.descriptor = node.desc;
        this.access = node.access;
        this.id = id;
        Type[] args = Type.getArgumentTypes(descriptor);
        int slots = isStatic() ? 0 : 1;
        int refs = isStatic() ? 0 : 1;
        for (Type t : args) {
            if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                refs++;
            }
        }
        int[] refSlots = new int[refs];
        int r = 0;
        if (!isStatic()) {
            refSlots[r++] = 0;
        }
        for (Type t : args) {
            if (t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY) {
                refSlots[r++] = slots;
            }
            slots += t.getSize();
        }
        this.argSlots = slots;
        this.argumentReferenceSlots = refSlots;
        this.returnKind = kindOf(Type.getReturnType(descriptor));
        this.returnSlots = Type.getReturnType(descriptor).getSize();
    }

    static char kindOf(Type t) {
        switch (t.getSort()) {
            case Type.VOID: return 'V';
            case Type.LONG:
            case Type.DOUBLE: return 'J';
            case Type.OBJECT:
            case Type.ARRAY: return 'L';
            default: return 'I';
        }
    }

    boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    boolean isNative() {
        return (access & Opcodes.ACC_NATIVE) != 0;
    }

    boolean isAbstract() {
        return (access & Opcodes.ACC_ABSTRACT) != 0;
    }

    boolean isPrivate() {
        return (access & Opcodes.ACC_PRIVATE) != 0;
    }

    boolean isFinal() {
        return (access & Opcodes.ACC_FINAL) != 0;
    }

    boolean isConstructor() {
        return name.equals("<init>");
    }

    /** The reference map at {@code pc}: slots relative to the frame base. */
    int[] referenceSlotsAt(int pc) {
        if (isNative()) {
            return argumentReferenceSlots;
        }
        int[] map = refMaps[pc];
        return map == null ? Decoder.NO_REFERENCES : map;
    }

    int lineAt(int pc) {
        return lines == null || pc < 0 || pc >= lines.length ? -1 : lines[pc];
    }

    String nameAndDescriptor() {
        return name + descriptor;
    }

    /** {@code pkg.Class.method}. */
    String javaName() {
        return owner.javaName() + "." + name;
    }

    /** {@code pkg.Class.method:line}, for error messages. */
    String where(int pc) {
        int line = lineAt(pc);
        return javaName() + (line > 0 ? ":" + line : "");
    }

    @Override
    public String toString() {
        return owner.name + "." + name + descriptor;
    }
}
