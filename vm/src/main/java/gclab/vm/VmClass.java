package gclab.vm;

import gclab.heap.ElementKind;
import gclab.heap.Layout;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;

/**
 * A loaded class, array class or primitive type. Linking ({@link ClassTable#link}) gives it a heap
 * {@link Layout} (one word per field, superclass fields first), its fields, its vtable and its statics.
 */
final class VmClass {
    enum State { LINKED, INITIALIZING, INITIALIZED, ERRONEOUS }

    /** Internal name: {@code java/lang/String}, {@code [I}, or for primitives {@code int}. */
    final String name;
    final int id;
    final ClassNode node;
    final int access;
    final VmClass superclass;
    final VmClass[] interfaces;
    /** Every interface this class implements, directly or through superclasses and superinterfaces. */
    final Set<VmClass> allInterfaces = new LinkedHashSet<>();

    // ---- arrays and primitives
    final VmClass component;
    final ElementKind elementKind;
    final boolean isPrimitive;

    // ---- linked
    Layout layout;
    int instanceFieldCount;
    final Map<String, VmField> fields = new HashMap<>();
    final Map<String, VmMethod> methods = new HashMap<>();
    final List<VmMethod> methodList = new ArrayList<>();
    VmMethod[] vtable = new VmMethod[0];
    /** name+descriptor to vtable index. */
    final Map<String, Integer> vtableIndex = new HashMap<>();
    /** Interface method to the method this class runs for it (filled on first dispatch). */
    final Map<VmMethod, VmMethod> itable = new HashMap<>();
    VmClass arrayClass;
    State state = State.LINKED;
    /** Index of this class's java.lang.Class mirror in the VM's constant roots, or -1 before it exists. */
    int mirror = -1;
    /** A class the VM generated (lambda, record methods): like HotSpot's hidden classes, absent from backtraces. */
    boolean hidden;

    /** An ordinary class or interface. */
    VmClass(String name, int id, ClassNode node, VmClass superclass, VmClass[] interfaces) {
        this.name = name;
        this.id = id;
        this.node = node;
        this.access = node.access;
        this.superclass = superclass;
        this.interfaces = interfaces;
        this.component = null;
        this.elementKind = null;
        this.isPrimitive = false;
        if (superclass != null) {
            allInterfaces.addAll(superclass.allInterfaces);
        }
        for (VmClass i : interfaces) {
            allInterfaces.add(i);
            allInterfaces.addAll(i.allInterfaces);
        }
    }

    /** An array class; {@code object} is java/lang/Object, whose vtable arrays share. */
    VmClass(String name, int id, VmClass component, ElementKind elementKind, VmClass object, VmClass[] interfaces) {
        this.name = name;
        this.id = id;
        this.node = null;
        this.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
        this.superclass = object;
        this.interfaces = interfaces;
        this.component = component;
        this.elementKind = elementKind;
        this.isPrimitive = false;
        for (VmClass i : interfaces) {
            allInterfaces.add(i);
        }
        this.vtable = object.vtable;
        this.vtableIndex.putAll(object.vtableIndex);
        this.state = State.INITIALIZED;
    }

    /** A primitive type ({@code int}), which exists only to have a mirror. */
    VmClass(String name, int id) {
        this.name = name;
        this.id = id;
        this.node = null;
        this.access = Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
        this.superclass = null;
        this.interfaces = new VmClass[0];
        this.component = null;
        this.elementKind = null;
        this.isPrimitive = true;
        this.state = State.INITIALIZED;
    }

    boolean isInterface() {
        return (access & Opcodes.ACC_INTERFACE) != 0;
    }

    boolean isArray() {
        return component != null;
    }

    boolean isAbstract() {
        return (access & Opcodes.ACC_ABSTRACT) != 0;
    }

    /** {@code java.lang.String}, {@code [I}, {@code [Ljava.lang.String;} (Class.getName()). */
    String javaName() {
        return name.replace('/', '.');
    }

    /** True if a value of this class may be assigned to a variable of type {@code target}. */
    boolean isSubtypeOf(VmClass target) {
        if (this == target || (target.superclass == null && !target.isInterface() && !target.isPrimitive)) {
            return true; // same class, or target is java.lang.Object
        }
        if (target.isInterface()) {
            return allInterfaces.contains(target);
        }
        if (isArray()) {
            if (!target.isArray()) {
                return false;
            }
            if (component.isPrimitive || target.component.isPrimitive) {
                return component == target.component;
            }
            return component.isSubtypeOf(target.component);
        }
        for (VmClass c = superclass; c != null; c = c.superclass) {
            if (c == target) {
                return true;
            }
        }
        return false;
    }

    /** The declared method, or null. */
    VmMethod declaredMethod(String nameAndDescriptor) {
        return methods.get(nameAndDescriptor);
    }

    /**
     * Method resolution (JVMS 5.4.3.3): this class and its superclasses, then the maximally specific
     * superinterface method (a default method first). Null if there is none.
     */
    VmMethod resolveMethod(String nameAndDescriptor) {
        for (VmClass c = this; c != null; c = c.superclass) {
            VmMethod m = c.methods.get(nameAndDescriptor);
            if (m != null) {
                return m;
            }
        }
        return interfaceMethod(nameAndDescriptor);
    }

    /** A default (non-abstract) method from the superinterfaces if there is one, else an abstract one. */
    VmMethod interfaceMethod(String nameAndDescriptor) {
        VmMethod found = null;
        for (VmClass i : allInterfaces) {
            VmMethod m = i.methods.get(nameAndDescriptor);
            if (m != null && !m.isStatic() && !m.isPrivate()) {
                if (!m.isAbstract()) {
                    return m;
                }
                if (found == null) {
                    found = m;
                }
            }
        }
        return found;
    }

    /** Field resolution (JVMS 5.4.3.2): this class, its superinterfaces, then its superclass. */
    VmField resolveField(String nameAndDescriptor) {
        VmField f = fields.get(nameAndDescriptor);
        if (f != null) {
            return f;
        }
        for (VmClass i : interfaces) {
            f = i.resolveField(nameAndDescriptor);
            if (f != null) {
                return f;
            }
        }
        return superclass == null ? null : superclass.resolveField(nameAndDescriptor);
    }

    /** The method this class runs for interface (or virtual) method {@code m}: its selection (JVMS 5.4.6). */
    VmMethod select(VmMethod m) {
        VmMethod target = itable.get(m);
        if (target == null) {
            Integer index = vtableIndex.get(m.nameAndDescriptor());
            target = index != null ? vtable[index] : interfaceMethod(m.nameAndDescriptor());
            if (target == null) {
                target = m;
            }
            itable.put(m, target);
        }
        return target;
    }

    @Override
    public String toString() {
        return javaName();
    }
}
