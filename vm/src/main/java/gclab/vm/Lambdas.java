package gclab.vm;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * Lambdas and method references ({@code invokedynamic} with {@code LambdaMetafactory}), as the JDK does them:
 * at the first execution of the call site, the VM spins a class that implements the functional interface,
 * with one final field per captured value, a constructor, a static factory, and the interface method, which
 * adapts its arguments (casts, boxing, unboxing) and calls the implementation method. The call site is then
 * rewritten to call the factory, so every evaluation of the lambda expression allocates one heap object
 * holding its captured values, like HotSpot (a non-capturing lambda allocates too: simpler, and its garbage
 * is visible to the collectors).
 */
final class Lambdas {
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    private Lambdas() {
    }

    static boolean isLambda(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals("java/lang/invoke/LambdaMetafactory");
    }

    /** Spins and links the lambda class for {@code insn} in {@code caller}; returns its static factory. */
    static VmMethod spin(Vm vm, VmMethod caller, InvokeDynamicInsnNode insn, int serial) {
        Type samType = (Type) insn.bsmArgs[0];
        Handle impl = (Handle) insn.bsmArgs[1];
        Type instantiated = (Type) insn.bsmArgs[2];
        Type factoryType = Type.getMethodType(insn.desc);
        String iface = factoryType.getReturnType().getInternalName();
        List<String> interfaces = new ArrayList<>(List.of(iface));
        List<Type> bridges = new ArrayList<>();
        if (insn.bsm.getName().equals("altMetafactory")) {
            int flags = (Integer) insn.bsmArgs[3];
            int at = 4;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) insn.bsmArgs[at++];
                for (int i = 0; i < count; i++) {
                    interfaces.add(((Type) insn.bsmArgs[at++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) insn.bsmArgs[at++];
                for (int i = 0; i < count; i++) {
                    bridges.add((Type) insn.bsmArgs[at++]);
                }
            }
        }
        String name = caller.owner.name + "$$Lambda$" + serial;
        Type[] captured = factoryType.getArgumentTypes();

        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_SUPER, name, null,
                "java/lang/Object", interfaces.toArray(new String[0]));
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "arg$" + i, captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        String ctorDesc = Type.getMethodDescriptor(Type.VOID_TYPE, captured);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, name, "arg$" + i, captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        mv = cw.visitMethod(Opcodes.ACC_STATIC, "get$Lambda", insn.desc, null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, name);
        mv.visitInsn(Opcodes.DUP);
        slot = 0;
        for (Type t : captured) {
            mv.visitVarInsn(t.getOpcode(Opcodes.ILOAD), slot);
            slot += t.getSize();
        }
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", ctorDesc, false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();

        writeInterfaceMethod(cw, name, insn.name, samType, impl, instantiated, captured);
        for (Type bridge : bridges) {
            if (!bridge.getDescriptor().equals(samType.getDescriptor())) {
                writeInterfaceMethod(cw, name, insn.name, bridge, impl, instantiated, captured);
            }
        }
        cw.visitEnd();
        VmClass lambda = vm.classes.defineGenerated(cw.toByteArray());
        vm.initialize(lambda);
        return lambda.declaredMethod("get$Lambda" + insn.desc);
    }

    /** The interface method: captured values, then its own arguments adapted, the call, the result adapted. */
    private static void writeInterfaceMethod(ClassWriter cw, String name, String method, Type samType, Handle impl,
                                             Type instantiated, Type[] captured) {
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, method, samType.getDescriptor(), null, null);
        mv.visitCode();
        boolean hasReceiver = impl.getTag() != Opcodes.H_INVOKESTATIC && impl.getTag() != Opcodes.H_NEWINVOKESPECIAL;
        List<Type> implParams = new ArrayList<>();
        if (hasReceiver) {
            implParams.add(Type.getObjectType(impl.getOwner()));
        }
        implParams.addAll(List.of(Type.getArgumentTypes(impl.getDesc())));
        if (impl.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, impl.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        int p = 0;
        for (int i = 0; i < captured.length; i++, p++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, "arg$" + i, captured[i].getDescriptor());
        }
        Type[] samArgs = samType.getArgumentTypes();
        Type[] instArgs = instantiated.getArgumentTypes();
        int slot = 1;
        for (int i = 0; i < samArgs.length; i++, p++) {
            mv.visitVarInsn(samArgs[i].getOpcode(Opcodes.ILOAD), slot);
            slot += samArgs[i].getSize();
            Type target = p < implParams.size() ? implParams.get(p) : instArgs[i];
            convert(mv, samArgs[i], i < instArgs.length ? instArgs[i] : samArgs[i], target);
        }
        switch (impl.getTag()) {
            case Opcodes.H_INVOKESTATIC:
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                break;
            case Opcodes.H_INVOKEINTERFACE:
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, impl.getOwner(), impl.getName(), impl.getDesc(), true);
                break;
            case Opcodes.H_NEWINVOKESPECIAL:
            case Opcodes.H_INVOKESPECIAL:
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, impl.getOwner(), impl.getName(), impl.getDesc(), impl.isInterface());
                break;
            default:
                mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, impl.getOwner(), impl.getName(), impl.getDesc(), false);
        }
        Type implReturn = impl.getTag() == Opcodes.H_NEWINVOKESPECIAL
                ? Type.getObjectType(impl.getOwner()) : Type.getReturnType(impl.getDesc());
        Type samReturn = samType.getReturnType();
        if (samReturn.getSort() == Type.VOID) {
            if (implReturn.getSort() != Type.VOID) {
                mv.visitInsn(implReturn.getSize() == 2 ? Opcodes.POP2 : Opcodes.POP);
            }
            mv.visitInsn(Opcodes.RETURN);
        } else {
            convert(mv, implReturn, instantiated.getReturnType(), samReturn);
            mv.visitInsn(samReturn.getOpcode(Opcodes.IRETURN));
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private static boolean isReference(Type t) {
        return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY;
    }

    /** Converts the value on the stack of type {@code from} (more precisely {@code instantiated}) to {@code to}. */
    private static void convert(MethodVisitor mv, Type from, Type instantiated, Type to) {
        if (from.equals(to)) {
            return;
        }
        if (isReference(from) && isReference(to)) {
            if (!to.getInternalName().equals("java/lang/Object")) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (isReference(from)) {
            // Unbox: the box is the instantiated type if it is one, else the box of the primitive target.
            String box = isReference(instantiated) && boxOf(instantiated) != null
                    ? instantiated.getInternalName() : boxName(to);
            Type boxed = primitiveOfBox(box);
            mv.visitTypeInsn(Opcodes.CHECKCAST, box);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, box, boxed.getClassName() + "Value",
                    "()" + boxed.getDescriptor(), false);
            widen(mv, boxed, to);
        } else if (isReference(to)) {
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, boxName(from), "valueOf",
                    "(" + from.getDescriptor() + ")L" + boxName(from) + ";", false);
        } else {
            widen(mv, from, to);
        }
    }

    private static void widen(MethodVisitor mv, Type from, Type to) {
        if (from.equals(to)) {
            return;
        }
        int f = from.getSort();
        int t = to.getSort();
        boolean intLike = f == Type.INT || f == Type.SHORT || f == Type.BYTE || f == Type.CHAR;
        if (intLike && (t == Type.INT || t == Type.SHORT || t == Type.BYTE || t == Type.CHAR)) {
            return;
        }
        if (intLike && t == Type.LONG) {
            mv.visitInsn(Opcodes.I2L);
        } else if (intLike && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.I2F);
        } else if (intLike && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.I2D);
        } else if (f == Type.LONG && t == Type.FLOAT) {
            mv.visitInsn(Opcodes.L2F);
        } else if (f == Type.LONG && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.L2D);
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.F2D);
        } else {
            throw GclabException.unsupported("lambda adaptation from " + from.getClassName() + " to " + to.getClassName());
        }
    }

    private static String boxOf(Type t) {
        switch (t.getInternalName()) {
            case "java/lang/Integer": case "java/lang/Long": case "java/lang/Short": case "java/lang/Byte":
            case "java/lang/Character": case "java/lang/Boolean": case "java/lang/Float": case "java/lang/Double":
                return t.getInternalName();
            default:
                return null;
        }
    }

    private static String boxName(Type primitive) {
        switch (primitive.getSort()) {
            case Type.BOOLEAN: return "java/lang/Boolean";
            case Type.BYTE: return "java/lang/Byte";
            case Type.CHAR: return "java/lang/Character";
            case Type.SHORT: return "java/lang/Short";
            case Type.INT: return "java/lang/Integer";
            case Type.LONG: return "java/lang/Long";
            case Type.FLOAT: return "java/lang/Float";
            default: return "java/lang/Double";
        }
    }

    private static Type primitiveOfBox(String box) {
        switch (box) {
            case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
            case "java/lang/Byte": return Type.BYTE_TYPE;
            case "java/lang/Character": return Type.CHAR_TYPE;
            case "java/lang/Short": return Type.SHORT_TYPE;
            case "java/lang/Integer": return Type.INT_TYPE;
            case "java/lang/Long": return Type.LONG_TYPE;
            case "java/lang/Float": return Type.FLOAT_TYPE;
            default: return Type.DOUBLE_TYPE;
        }
    }
}
