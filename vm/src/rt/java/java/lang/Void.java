package java.lang;

/** The uninstantiable placeholder for the keyword void. */
public final class Void {
    @SuppressWarnings("unchecked")
    public static final Class<Void> TYPE = (Class<Void>) Class.primitive("void");

    private Void() {
    }
}
