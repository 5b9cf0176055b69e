package gclab.heap.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import gclab.heap.testing.FreeListOnlyFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class CollectorRegistryTest {

    /** The same fixture under another name. */
    private static CollectorFactory named(String name) {
        FreeListOnlyFactory base = new FreeListOnlyFactory();
        return new CollectorFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String description() {
                return base.description();
            }

            @Override
            public CollectorTraits traits() {
                return base.traits();
            }

            @Override
            public List<OptionSpec> options() {
                return base.options();
            }

            @Override
            public Collector create(CollectorContext context) {
                return base.create(context);
            }
        };
    }

    @Test
    void factoryIsFoundByName() {
        CollectorFactory ms = named("marksweep");
        CollectorRegistry r = new CollectorRegistry(List.of(named("nogc"), ms));
        assertSame(ms, r.factory("marksweep"));
        assertEquals(List.of("nogc", "marksweep"), r.names());
    }

    @Test
    void unknownNameListsTheKnownNames() {
        CollectorRegistry r = new CollectorRegistry(List.of(named("nogc"), named("marksweep")));
        UnknownCollectorException e = assertThrows(UnknownCollectorException.class, () -> r.factory("g1"));
        assertEquals("unknown collector 'g1'; known collectors: nogc, marksweep", e.getMessage());
    }

    @Test
    void serviceLoaderFindsNoCollectorInTheHeapModuleAndSaysWhy() {
        CollectorRegistry r = new CollectorRegistry();
        assertEquals(List.of(), r.names());
        UnknownCollectorException e = assertThrows(UnknownCollectorException.class, () -> r.factory("marksweep"));
        assertEquals("unknown collector 'marksweep'; known collectors: none (is gclab-collectors on the class path?)",
                e.getMessage());
    }
}
