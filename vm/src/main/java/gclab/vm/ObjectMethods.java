package gclab.vm;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * A record's {@code toString}, {@code equals} and {@code hashCode} ({@code invokedynamic} with
 * {@code java.lang.runtime.ObjectMethods.bootstrap}): the VM spins a static method with the call site's
 * descriptor that does what the JDK's bootstrap does ({@code Point[x=1, y=2]}; fields compared with
 * {@code ==}, {@code Float.compare}, {@code Double.compare} or {@code Objects.equals}; the hash
 * {@code 31 * h + hash(field)} from 0), and rewrites the call site to call it.
 */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static boolean isObjectMethods(InvokeDynamicInsnNode insn) {
        return insn.bsm.getOwner().equals("java/lang/runtime/ObjectMethods");
    }

    static VmMethod spin(Vm vm, VmMethod caller, InvokeDynamicInsnNode insn, int serial) {
        Type record = (Type) insn.bsmArgs[0];
        String names = (String) insn.bsmArgs[1];
        String[] fieldNames = names.isEmpty() ? new String[0] : names.split(";");
        Handle[] getters = new Handle[insn.bsmArgs.length - 2];
        for (int i = 0; i < getters.length; i++) {
            getters[i] = (Handle) insn.bsmArgs[i + 2];
        }
        String name = caller.owner.name + "$$ObjectMethods$" + serial;
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SYNTHETIC | Opcodes.ACC_SUPER, name, null,
                "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, insn.name, insn.desc, null, null);
        mv.visitCode();
        switch (insn.name) {
            case "toString":
                writeToString(mv, record, fieldNames, getters);
                break;
            case "hashCode":
                writeHashCode(mv, getters);
                break;
            case "equals":
                writeEquals(mv, record, getters);
                break;
            default:
                throw GclabException.unsupported("ObjectMethods." + insn.name + " (at " + caller.where(0) + ")");
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        VmClass c = vm.classes.defineGenerated(cw.toByteArray());
        vm.initialize(c);
        return c.declaredMethod(insn.name + insn.desc);
    }

    private static void getField(MethodVisitor mv, Handle getter) {
        mv.visitFieldInsn(Opcodes.GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
    }

    private static void writeToString(MethodVisitor mv, Type record, String[] names, Handle[] getters) {
        String simple = record.getInternalName().substring(record.getInternalName().lastIndexOf('/') + 1);
        simple = simple.substring(simple.lastIndexOf('$') + 1);
        mv.visitTypeInsn(Opcodes.NEW, "java/lang/StringBuilder");
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(simple + "[");
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/StringBuilder", "<init>", "(Ljava/lang/String;)V", false);
        for (int i = 0; i < getters.length; i++) {
            mv.visitLdcInsn((i > 0 ? ", " : "") + names[i] + "=");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            getField(mv, getters[i]);
            String d = getters[i].getDesc();
            String arg;
            switch (d.charAt(0)) {
                case 'B': case 'S': case 'I': arg = "I"; break;
                case 'J': case 'F': case 'D': case 'C': case 'Z': arg = d; break;
                default: arg = "Ljava/lang/Object;";
            }
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                    "(" + arg + ")Ljava/lang/StringBuilder;", false);
        }
        mv.visitLdcInsn("]");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "append",
                "(Ljava/lang/String;)Ljava/lang/StringBuilder;", false);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, "java/lang/StringBuilder", "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
    }

    private static void writeHashCode(MethodVisitor mv, Handle[] getters) {
        mv.visitInsn(Opcodes.ICONST_0);
        for (Handle g : getters) {
            mv.visitIntInsn(Opcodes.BIPUSH, 31);
            mv.visitInsn(Opcodes.IMUL);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            getField(mv, g);
            String d = g.getDesc();
            switch (d.charAt(0)) {
                case 'L': case '[':
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I", false);
                    break;
                case 'B': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Byte", "hashCode", "(B)I", false); break;
                case 'S': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Short", "hashCode", "(S)I", false); break;
                case 'C': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Character", "hashCode", "(C)I", false); break;
                case 'Z': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Boolean", "hashCode", "(Z)I", false); break;
                case 'J': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Long", "hashCode", "(J)I", false); break;
                case 'F': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "hashCode", "(F)I", false); break;
                case 'D': mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "hashCode", "(D)I", false); break;
                default: break; // int: its own hash
            }
            mv.visitInsn(Opcodes.IADD);
        }
        mv.visitInsn(Opcodes.IRETURN);
    }

    private static void writeEquals(MethodVisitor mv, Type record, Handle[] getters) {
        Label no = new Label();
        Label yes = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitJumpInsn(Opcodes.IF_ACMPEQ, yes);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, record.getInternalName());
        mv.visitJumpInsn(Opcodes.IFEQ, no);
        for (Handle g : getters) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            getField(mv, g);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitTypeInsn(Opcodes.CHECKCAST, record.getInternalName());
            getField(mv, g);
            switch (g.getDesc().charAt(0)) {
                case 'L': case '[':
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(Opcodes.IFEQ, no);
                    break;
                case 'J':
                    mv.visitInsn(Opcodes.LCMP);
                    mv.visitJumpInsn(Opcodes.IFNE, no);
                    break;
                case 'F':
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, no);
                    break;
                case 'D':
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, no);
                    break;
                default:
                    mv.visitJumpInsn(Opcodes.IF_ICMPNE, no);
            }
        }
        mv.visitLabel(yes);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(no);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
    }
}
