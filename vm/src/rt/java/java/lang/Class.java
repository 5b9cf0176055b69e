package java.lang;

/** A class mirror: a heap object the VM creates once per class, holding its name and the VM's class id. */
public final class Class<T> {
    private String name;
    private int id;

    private Class() {
    }

    public String getName() {
        return name;
    }

    public String getSimpleName() {
        if (isArray()) {
            return getComponentType().getSimpleName() + "[]";
        }
        String n = name;
        int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('$'));
        return n.substring(cut + 1);
    }

    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return name;
    }

    public String getCanonicalName() {
        if (isArray()) {
            return getComponentType().getCanonicalName() + "[]";
        }
        return name.replace('$', '.');
    }

    public String toString() {
        return (isInterface() ? "interface " : isPrimitive() ? "" : "class ") + name;
    }

    /** The mirror of a primitive type ("int"), for the boxes' TYPE constants. */
    static native Class<?> primitive(String name);

    public native boolean isInterface();

    public native boolean isArray();

    public native boolean isPrimitive();

    public native boolean isInstance(Object obj);

    public native Class<?> getComponentType();

    public native Class<? super T> getSuperclass();

    public boolean isEnum() {
        return getSuperclass() == Enum.class;
    }

    /** The result of the enum's static values(), called by the VM. */
    native T[] enumConstants();

    public T[] getEnumConstants() {
        return enumConstants();
    }

    @SuppressWarnings("unchecked")
    public T cast(Object obj) {
        if (obj != null && !isInstance(obj)) {
            throw new ClassCastException("Cannot cast " + obj.getClass().getName() + " to " + name);
        }
        return (T) obj;
    }

    public boolean desiredAssertionStatus() {
        return false;
    }
}
