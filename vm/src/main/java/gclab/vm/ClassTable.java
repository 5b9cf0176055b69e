package gclab.vm;

import gclab.heap.ElementKind;
import gclab.heap.Layout;
import gclab.heap.ObjectModel;
import gclab.heap.ReferenceStrength;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The classes of one VM: loading (ASM {@code ClassReader} to {@code ClassNode}), linking (layouts, fields,
 * vtables, statics) and the lookup from a heap type id back to its class. Static fields live in one
 * {@code long[]}; the indexes of those that hold references are roots.
 */
final class ClassTable {
    /** A class the program names but the class path does not have: the program's NoClassDefFoundError. */
    static final class ClassNotFound extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String className;

        ClassNotFound(String className) {
            super(className, null, false, false);
            this.className = className;
        }
    }

    private final Vm vm;
    private final ClassPath classPath;
    private final Map<String, VmClass> byName = new HashMap<>();
    private final List<VmClass> byId = new ArrayList<>();
    private VmClass[] byTypeId = new VmClass[64];
    final List<VmMethod> methods = new ArrayList<>();
    private final Map<String, VmClass> primitives = new HashMap<>();
    /** Classes whose supertypes are being loaded: meeting one again is a class circularity. */
    private final java.util.Set<String> loading = new java.util.HashSet<>();

    // ---- statics: one word each; refStatics lists the indexes of reference statics (roots)
    long[] statics = new long[256];
    private int staticCount;
    int[] refStatics = new int[64];
    int refStaticCount;

    ClassTable(Vm vm, ClassPath classPath) {
        this.vm = vm;
        this.classPath = classPath;
    }

    int classCount() {
        return byId.size();
    }

    VmClass byId(int id) {
        return byId.get(id);
    }

    /** The class of the heap object at {@code ref}. */
    VmClass classOf(int ref) {
        return byTypeId[vm.heap.typeId(ref)];
    }

    /** The class named {@code name} (internal form, or an array descriptor), loading and linking it first. */
    VmClass load(String name) {
        VmClass c = byName.get(name);
        if (c != null) {
            return c;
        }
        if (name.startsWith("[")) {
            return arrayOf(fromDescriptor(name.substring(1)));
        }
        byte[] bytes = classPath.find(name);
        if (bytes == null) {
            if (ClassPath.isJdkName(name)) {
                throw GclabException.unsupported("class " + name.replace('/', '.')
                        + " (gclab's runtime library does not provide it)");
            }
            throw new ClassNotFound(name);
        }
        ClassNode node = new ClassNode();
        try {
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            throw new GclabException("malformed class file for " + name.replace('/', '.') + " ("
                    + bytes.length + " bytes): " + e, e);
        }
        if (!node.name.equals(name)) {
            throw new GclabException("class file for " + name.replace('/', '.') + " defines "
                    + node.name.replace('/', '.') + " instead");
        }
        return define(node, bytes.length);
    }

    /** Defines a class the VM generated (a lambda's class) from its class file bytes. */
    VmClass defineGenerated(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
        VmClass c = define(node, bytes.length);
        c.hidden = true;
        return c;
    }

    /** The class of a field descriptor: {@code I}, {@code Ljava/lang/String;}, {@code [[J}. */
    VmClass fromDescriptor(String descriptor) {
        switch (descriptor.charAt(0)) {
            case 'L': return load(descriptor.substring(1, descriptor.length() - 1));
            case '[': return load(descriptor);
            default: return primitive(Type.getType(descriptor).getClassName());
        }
    }

    VmClass primitive(String javaName) {
        VmClass c = primitives.get(javaName);
        if (c == null) {
            c = new VmClass(javaName, byId.size());
            byId.add(c);
            primitives.put(javaName, c);
        }
        return c;
    }

    private static String descriptorOf(VmClass c) {
        if (c.isPrimitive) {
            return Type.getType(primitiveDescriptor(c.name)).getDescriptor();
        }
        return c.isArray() ? c.name : "L" + c.name + ";";
    }

    private static String primitiveDescriptor(String javaName) {
        switch (javaName) {
            case "boolean": return "Z";
            case "byte": return "B";
            case "char": return "C";
            case "short": return "S";
            case "int": return "I";
            case "float": return "F";
            case "long": return "J";
            case "double": return "D";
            default: return "V";
        }
    }

    private static ElementKind elementKindOf(VmClass component) {
        if (!component.isPrimitive) {
            return ElementKind.REFERENCE;
        }
        switch (component.name) {
            case "boolean": return ElementKind.BOOLEAN;
            case "byte": return ElementKind.BYTE;
            case "char": return ElementKind.CHAR;
            case "short": return ElementKind.SHORT;
            case "int": return ElementKind.INT;
            case "float": return ElementKind.FLOAT;
            case "long": return ElementKind.LONG;
            default: return ElementKind.DOUBLE;
        }
    }

    /** The array class whose elements are {@code component}s. */
    VmClass arrayOf(VmClass component) {
        if (component.arrayClass != null) {
            return component.arrayClass;
        }
        String name = "[" + descriptorOf(component);
        VmClass object = load("java/lang/Object");
        VmClass[] interfaces = {load("java/lang/Cloneable"), load("java/io/Serializable")};
        ElementKind kind = elementKindOf(component);
        VmClass c = new VmClass(name, byId.size(), component, kind, object, interfaces);
        c.layout = vm.heap.layouts().defineArray(javaTypeName(c), kind);
        register(c);
        component.arrayClass = c;
        vm.metaspace.add(64);
        return c;
    }

    /** {@code int[]}, {@code java.lang.String[][]}: the name layouts and heap maps show. */
    static String javaTypeName(VmClass c) {
        return c.isArray() ? javaTypeName(c.component) + "[]" : c.javaName();
    }

    private void register(VmClass c) {
        byName.put(c.name, c);
        byId.add(c);
        if (c.layout != null) {
            int typeId = c.layout.typeId();
            if (typeId >= byTypeId.length) {
                byTypeId = Arrays.copyOf(byTypeId, Math.max(typeId + 1, byTypeId.length * 2));
            }
            byTypeId[typeId] = c;
        }
    }

    // ---------------------------------------------------------------- linking

    /**
     * After this, {@code node}'s class is linked: its superclass and interfaces are loaded, its instance fields
     * have slots after its superclass's (a heap layout with their reference slots), its statics are prepared
     * (zero, or the ConstantValue of a primitive constant), and its vtable extends its superclass's.
     */
    private VmClass define(ClassNode node, int classFileBytes) {
        if (!loading.add(node.name)) {
            throw new GclabException("class circularity: " + node.name.replace('/', '.') + " is its own supertype");
        }
        try {
            return link(node, classFileBytes);
        } finally {
            loading.remove(node.name);
        }
    }

    private VmClass link(ClassNode node, int classFileBytes) {
        VmClass superclass = null;
        if (node.superName != null) {
            superclass = load(node.superName);
            if (superclass.isInterface()) {
                throw new GclabException("class " + node.name.replace('/', '.') + " has interface "
                        + superclass.javaName() + " as its superclass");
            }
        } else if (!node.name.equals("java/lang/Object")) {
            throw new GclabException("class " + node.name.replace('/', '.') + " has no superclass");
        }
        VmClass[] interfaces = new VmClass[node.interfaces.size()];
        for (int i = 0; i < interfaces.length; i++) {
            interfaces[i] = load(node.interfaces.get(i));
        }
        VmClass existing = byName.get(node.name);
        if (existing != null) {
            return existing; // loaded while loading its supertypes (a cycle through interfaces' constants)
        }
        VmClass c = new VmClass(node.name, byId.size(), node, superclass, interfaces);
        long metadata = 64L + classFileBytes;

        // Instance fields after the superclass's, one word each.
        int fieldCount = superclass == null ? 0 : superclass.instanceFieldCount;
        List<Integer> refFields = new ArrayList<>();
        if (superclass != null && superclass.layout != null) {
            for (int offset : superclass.layout.referenceOffsets()) {
                refFields.add(offset - ObjectModel.HEADER_WORDS);
            }
        }
        for (FieldNode f : node.fields) {
            boolean isStatic = (f.access & Opcodes.ACC_STATIC) != 0;
            char kind = f.desc.charAt(0);
            boolean isRef = kind == 'L' || kind == '[';
            VmField field;
            if (isStatic) {
                int slot = newStatic(isRef);
                field = new VmField(c, f.name, f.desc, true, slot, f.value);
                if (f.value != null && !(f.value instanceof String)) {
                    statics[slot] = constantBits(f.value);
                }
            } else {
                field = new VmField(c, f.name, f.desc, false, fieldCount, null);
                if (isRef) {
                    refFields.add(fieldCount);
                }
                fieldCount++;
            }
            c.fields.put(f.name + ":" + f.desc, field);
            metadata += 32;
        }
        c.instanceFieldCount = fieldCount;
        if (!c.isInterface()) {
            int[] refs = refFields.stream().mapToInt(Integer::intValue).toArray();
            c.layout = defineLayout(c, node.name, fieldCount, refs);
        }

        for (MethodNode mn : node.methods) {
            VmMethod m = new VmMethod(c, mn, methods.size());
            methods.add(m);
            c.methods.put(m.nameAndDescriptor(), m);
            c.methodList.add(m);
            metadata += 48;
        }
        if (!c.isInterface()) {
            buildVtable(c);
            metadata += 8L * c.vtable.length;
        }
        register(c);
        vm.metaspace.add(metadata);
        return c;
    }

    /** The name of the root of the java.lang.ref classes, whose {@code referent} field is a referent slot. */
    private static final String REFERENCE = "java/lang/ref/Reference";

    /**
     * The heap layout of an instance class. {@code java.lang.ref.Reference} and its subclasses get a layout
     * that names their {@code referent} field's slot as the referent slot: SOFT for {@code SoftReference} and
     * its subclasses, WEAK for the others (WeakReference). A collector that does not process references still
     * sees an ordinary reference slot there.
     */
    private Layout defineLayout(VmClass c, String name, int fieldCount, int[] refs) {
        Layout inherited = c.superclass == null ? null : c.superclass.layout;
        int referentField;
        ReferenceStrength strength;
        if (name.equals(REFERENCE)) {
            VmField referent = c.fields.get("referent:Ljava/lang/Object;");
            if (referent == null || referent.isStatic) {
                throw new GclabException("java.lang.ref.Reference of the runtime library has no instance field"
                        + " referent of type Object");
            }
            referentField = referent.slot;
            strength = ReferenceStrength.WEAK;
        } else if (inherited != null && inherited.hasReferent()) {
            referentField = inherited.referentOffset() - ObjectModel.HEADER_WORDS;
            strength = name.equals("java/lang/ref/SoftReference") ? ReferenceStrength.SOFT
                    : inherited.referentStrength();
        } else {
            return vm.heap.layouts().defineInstance(c.javaName(), fieldCount, refs);
        }
        return vm.heap.layouts().defineReference(c.javaName(), fieldCount, referentField, strength, refs);
    }

    /**
     * The vtable: the superclass's, with overridden entries replaced, then this class's new virtual methods,
     * then the interface methods (defaults, or abstract placeholders) that no class method implements.
     * Package-private overriding rules are not modelled: a method overrides any inherited one of the same name
     * and descriptor.
     */
    private static void buildVtable(VmClass c) {
        List<VmMethod> vt = new ArrayList<>();
        if (c.superclass != null) {
            vt.addAll(Arrays.asList(c.superclass.vtable));
            c.vtableIndex.putAll(c.superclass.vtableIndex);
        }
        for (VmMethod m : c.methodList) {
            if (m.isStatic() || m.isPrivate() || m.name.startsWith("<")) {
                continue;
            }
            Integer index = c.vtableIndex.get(m.nameAndDescriptor());
            if (index != null) {
                vt.set(index, m);
            } else {
                c.vtableIndex.put(m.nameAndDescriptor(), vt.size());
                vt.add(m);
            }
        }
        for (VmClass i : c.allInterfaces) {
            for (VmMethod im : i.methodList) {
                if (im.isStatic() || im.isPrivate() || im.name.startsWith("<")) {
                    continue;
                }
                String nd = im.nameAndDescriptor();
                Integer index = c.vtableIndex.get(nd);
                if (index == null) {
                    c.vtableIndex.put(nd, vt.size());
                    vt.add(c.interfaceMethod(nd));
                } else if (vt.get(index).isAbstract() && vt.get(index).owner.isInterface()) {
                    VmMethod better = c.interfaceMethod(nd);
                    if (better != null && !better.isAbstract()) {
                        vt.set(index, better);
                    }
                }
            }
        }
        c.vtable = vt.toArray(new VmMethod[0]);
    }

    private int newStatic(boolean isRef) {
        if (staticCount == statics.length) {
            statics = Arrays.copyOf(statics, staticCount * 2);
        }
        int slot = staticCount++;
        if (isRef) {
            if (refStaticCount == refStatics.length) {
                refStatics = Arrays.copyOf(refStatics, refStaticCount * 2);
            }
            refStatics[refStaticCount++] = slot;
        }
        return slot;
    }

    /** The stack/word representation of a constant: ints as themselves, floats and doubles as raw bits. */
    static long constantBits(Object value) {
        if (value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Long) {
            return (Long) value;
        }
        if (value instanceof Float) {
            return Float.floatToRawIntBits((Float) value);
        }
        if (value instanceof Double) {
            return Double.doubleToRawLongBits((Double) value);
        }
        throw new IllegalArgumentException("not a primitive constant: " + value);
    }

    /** Host bytes of the statics array, for metaspace. */
    long staticsBytes() {
        return 8L * statics.length + 4L * refStatics.length;
    }
}
