package gclab.vm;

/**
 * A linked field. An instance field is word {@code slot} of the object body (after the two header words); a
 * static field is word {@code slot} of the VM's statics array, which the root set scans when it holds a
 * reference.
 */
final class VmField {
    final VmClass owner;
    final String name;
    final String descriptor;
    final boolean isStatic;
    /** Body word index of an instance field, or index into {@link Statics} for a static field. */
    final int slot;
    /** True if the field holds a reference (descriptor L... or [...). */
    final boolean isReference;
    /** True if the value takes two stack slots (long, double). */
    final boolean isWide;
    /** The ConstantValue attribute of a static final field (Integer, Long, Float, Double or String), or null. */
    final Object constantValue;

    VmField(VmClass owner, String name, String descriptor, boolean isStatic, int slot, Object constantValue) {
        this.owner = owner;
        this.name = name;
        this.descriptor = descriptor;
        this.isStatic = isStatic;
        this.slot = slot;
        char c = descriptor.charAt(0);
        this.isReference = c == 'L' || c == '[';
        this.isWide = c == 'J' || c == 'D';
        this.constantValue = constantValue;
    }

    @Override
    public String toString() {
        return owner.javaName() + "." + name;
    }
}
