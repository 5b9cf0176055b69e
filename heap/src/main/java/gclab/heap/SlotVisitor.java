package gclab.heap;

/** Visits the address of one reference slot (a field or array element that holds a reference). */
@FunctionalInterface
public interface SlotVisitor {
    void visitSlot(int slotAddress);
}
