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
        // A local class is Outer$1Local and an anonymous one Outer$1: the JDK 8 rule drops the leading digits.
        int start = cut + 1;
        if (n.lastIndexOf('$') == cut) {
            while (start < n.length() && n.charAt(start) >= '0' && n.charAt(start) <= '9') {
                start++;
            }
        }
        return n.substring(start);
    }

    private boolean isLocalOrAnonymous() {
        int cut = name.lastIndexOf('$');
        return cut >= 0 && cut + 1 < name.length() && name.charAt(cut + 1) >= '0' && name.charAt(cut + 1) <= '9';
    }

    public String getTypeName() {
        if (isArray()) {
            return getComponentType().getTypeName() + "[]";
        }
        return name;
    }

    public String getCanonicalName() {
        if (isArray()) {
            String component = getComponentType().getCanonicalName();
            return component == null ? null : component + "[]";
        }
        if (isLocalOrAnonymous()) {
            return null;
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

    public native boolean isAssignableFrom(Class<?> cls);

    public String getPackageName() {
        Class<?> c = this;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive()) {
            return "java.lang";
        }
        int dot = c.name.lastIndexOf('.');
        return dot < 0 ? "" : c.name.substring(0, dot);
    }

    public boolean isRecord() {
        return getSuperclass() == Record.class;
    }

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
