package gclab.heap.spi;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The collectors on the class path, found with {@link ServiceLoader}, by short name. */
public final class CollectorRegistry {
    private final Map<String, CollectorFactory> byName = new LinkedHashMap<>();

    /** The factories visible to this class's class loader. */
    public CollectorRegistry() {
        this(CollectorRegistry.class.getClassLoader());
    }

    public CollectorRegistry(ClassLoader loader) {
        List<CollectorFactory> found = new ArrayList<>();
        ServiceLoader.load(CollectorFactory.class, loader).forEach(found::add);
        found.sort((a, b) -> a.name().compareTo(b.name()));
        for (CollectorFactory f : found) {
            if (byName.putIfAbsent(f.name(), f) != null) {
                throw new IllegalStateException("two collectors are registered as " + f.name());
            }
        }
    }

    /** A registry of exactly these factories (tests register broken collectors this way). */
    public CollectorRegistry(List<CollectorFactory> factories) {
        for (CollectorFactory f : factories) {
            byName.put(f.name(), f);
        }
    }

    public List<String> names() {
        return Collections.unmodifiableList(new ArrayList<>(byName.keySet()));
    }

    public List<CollectorFactory> factories() {
        return Collections.unmodifiableList(new ArrayList<>(byName.values()));
    }

    /** The factory named {@code name}; an {@link UnknownCollectorException} listing the known names if none. */
    public CollectorFactory factory(String name) {
        CollectorFactory f = byName.get(name);
        if (f == null) {
            throw new UnknownCollectorException("unknown collector '" + name + "'; known collectors: "
                    + (byName.isEmpty() ? "none (is gclab-collectors on the class path?)"
                    : String.join(", ", byName.keySet())));
        }
        return f;
    }
}
