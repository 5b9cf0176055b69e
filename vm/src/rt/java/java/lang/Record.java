package java.lang;

/** The superclass of records; their equals, hashCode and toString come from the VM (ObjectMethods). */
public abstract class Record {
    protected Record() {
    }

    @Override
    public abstract boolean equals(Object obj);

    @Override
    public abstract int hashCode();

    @Override
    public abstract String toString();
}
