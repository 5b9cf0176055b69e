package gclab.vm;

/**
 * The VM's own opcodes, beside the JVM's (0..201), which the decoded code keeps for every instruction that
 * needs no resolution. A symbolic instruction is rewritten to its quick form on its first execution.
 */
final class Op {
    private Op() {
    }

    /** Push an int or float constant (raw bits) held in the next word. */
    static final int LDC_INT = 210;
    /** Push a long or double constant whose raw bits are in the next two words (high, low). */
    static final int LDC_LONG = 211;
    /** Push an interned string: operand is a pool index (resolved on first execution to LDC_CONSTANT). */
    static final int LDC_STRING = 212;
    /** Push a class mirror: operand is a pool index (resolved on first execution to LDC_CONSTANT). */
    static final int LDC_CLASS = 213;
    /** Push constant root {@code operand} (an interned string or a class mirror). */
    static final int LDC_CONSTANT = 214;

    // Field access, quick forms: operand is the field's body word (instance) or statics index (static).
    // _1: one-slot primitive (int, float bits, ...); _2: two-slot primitive (long, double bits); _A: reference.
    static final int GETFIELD_1 = 220;
    static final int GETFIELD_2 = 221;
    static final int GETFIELD_A = 222;
    static final int PUTFIELD_1 = 223;
    static final int PUTFIELD_2 = 224;
    static final int PUTFIELD_A = 225;
    static final int GETSTATIC_1 = 226;
    static final int GETSTATIC_2 = 227;
    static final int PUTSTATIC_1 = 228;
    static final int PUTSTATIC_2 = 229;

    /** Call a method chosen at resolution (static, private, constructor, super, final): operand pool -> VmMethod. */
    static final int INVOKE_DIRECT = 230;
    /** As INVOKE_DIRECT, with a null check of the receiver. */
    static final int INVOKE_DIRECT_RECEIVER = 231;
    /** Virtual call: operand pool -> {@link VirtualSite}. */
    static final int INVOKE_VIRTUAL = 232;
    /** Interface call: operand pool -> {@link InterfaceSite}. */
    static final int INVOKE_INTERFACE = 233;
    static final int NEW_OBJECT = 234;
    static final int NEW_ARRAY = 235;
    static final int CHECKCAST_CLASS = 236;
    static final int INSTANCEOF_CLASS = 237;
    /** String concatenation (invokedynamic makeConcatWithConstants): operand pool -> {@link Concat}. */
    static final int CONCAT = 238;
    /** Fails with the message in the pool when executed: an unsupported construct, reported at first use. */
    static final int UNSUPPORTED = 239;
    static final int GETSTATIC_A = 240;
    static final int PUTSTATIC_A = 241;
    /** multianewarray: operand pool -> the array class, then the number of dimensions. */
    static final int MULTI_NEW_ARRAY = 242;
    /** A direct call of a method whose body is only {@code return} (Object.<init>): pops {@code operand} slots. */
    static final int SKIP_CALL = 243;
    /** As SKIP_CALL, with the receiver's null check that the call would have made. */
    static final int SKIP_CALL_RECEIVER = 244;

    // Superinstructions: one dispatch for a common pair or triple. Each stands in place of its first
    // instruction and leaves the others in the code as they are, so a branch to them, their own quickening,
    // pcs, lines and reference maps stay as they were; it does the whole sequence only when the last
    // instruction is already in a quick form it knows and nothing can throw, and otherwise does just its
    // first instruction. Bytecodes are counted one by one, as if run apart.

    /** {@code aload} followed by {@code getfield} (the Decoder marks it): {@code local.field}. */
    static final int ALOAD_GETFIELD = 245;
    /**
     * {@code aload}, a one-slot load ({@code aload}, {@code iload}, {@code fload}) and {@code putfield} (the
     * Decoder marks it): {@code local.field = local}, as in every constructor.
     */
    static final int ALOAD_LOAD_PUTFIELD = 246;
    /** {@code new} followed by {@code dup}, marked when the {@code new} is quickened: pushes the object twice. */
    static final int NEW_DUP = 247;
    /** {@code iload}, {@code iconst_<k>}, {@code iadd} or {@code isub} (the Decoder marks it): {@code local ± k}. */
    static final int ILOAD_CONST_ADD = 248;
    /**
     * {@code aload} followed by {@code invokespecial} (the Decoder marks it): when the call has become a
     * one-slot {@link #SKIP_CALL_RECEIVER} ({@code super()} of Object), just the null check of the local.
     */
    static final int ALOAD_SKIP_CALL = 249;
    /** A forward {@code goto} whose target is a return (the Decoder marks it): returns at once. */
    static final int GOTO_RETURN = 250;
    /**
     * A call of a constructor that only stores its arguments into its fields after {@code super()} of Object
     * ({@code Node(Node l, Node r) { left = l; right = r; }}): operand pool -> {@link Initializer}. The stores
     * run in the caller's frame, with no frame of their own; nothing in them can throw, allocate or poll.
     */
    static final int INVOKE_INITIALIZER = 251;
    /** {@code iload} followed by {@code ifeq} ... {@code ifle} (the Decoder marks it): a test of a local. */
    static final int ILOAD_IF = 252;

    /** An unresolved class reference (internal name or array descriptor). */
    static final class ClassRef {
        final String name;

        ClassRef(String name) {
            this.name = name;
        }
    }

    /** A resolved invokevirtual: the vtable index in the resolved class, and the call's shape. */
    static final class VirtualSite {
        final VmMethod resolved;
        final int vtableIndex;

        VirtualSite(VmMethod resolved, int vtableIndex) {
            this.resolved = resolved;
            this.vtableIndex = vtableIndex;
        }
    }

    /** A constructor run as its field stores ({@link #INVOKE_INITIALIZER}). */
    static final class Initializer {
        final VmMethod method;
        /** The constructor's argument slots, the receiver's included. */
        final int argSlots;
        /** The stores in order, two words each: the argument slot (receiver 0) and the field's body word. */
        final int[] stores;
        /** Bit i set: store i is of a reference (through the write barrier). */
        final long references;
        /** Bytecodes the constructor runs, as counted when it ran in its own frame. */
        final int bytecodes;

        Initializer(VmMethod method, int[] stores, long references, int bytecodes) {
            this.method = method;
            this.argSlots = method.argSlots;
            this.stores = stores;
            this.references = references;
            this.bytecodes = bytecodes;
        }
    }

    /** A resolved invokeinterface with a one-entry inline cache. */
    static final class InterfaceSite {
        final VmMethod resolved;
        VmClass cachedClass;
        VmMethod cachedTarget;

        InterfaceSite(VmMethod resolved) {
            this.resolved = resolved;
        }
    }

    /** A string concatenation recipe: \1 for an argument, \2 for a constant, other characters literal. */
    static final class Concat {
        final String recipe;
        final Object[] constants;
        /** One kind letter per argument: I, J, F, D, C, Z, B, S, or L for a reference. */
        final char[] argumentKinds;
        final int argumentSlots;

        Concat(String recipe, Object[] constants, char[] argumentKinds, int argumentSlots) {
            this.recipe = recipe;
            this.constants = constants;
            this.argumentKinds = argumentKinds;
            this.argumentSlots = argumentSlots;
        }
    }
}
