package java.lang.reflect;

/** The one reflective operation the collections need: a new array of a component type known at run time. */
public final class Array {
    private Array() {
    }

    public static Object newInstance(Class<?> componentType, int length) {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == Void.TYPE) {
            throw new IllegalArgumentException();
        }
        if (length < 0) {
            throw new NegativeArraySizeException(String.valueOf(length));
        }
        return newArray(componentType, length);
    }

    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return length(array);
    }

    private static native Object newArray(Class<?> componentType, int length);

    private static native int length(Object array);
}
