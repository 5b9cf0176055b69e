package gclab.heap.telemetry;

/** Something whose occupancy is reported before and after every pause: a heap space, or the VM's metaspace. */
public interface MemoryArea {
    String name();

    long usedBytes();

    long capacityBytes();
}
