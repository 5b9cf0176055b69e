package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gclab.heap.Layout;
import gclab.heap.LayoutTable;
import gclab.heap.ObjectModel;
import gclab.heap.ReferenceStrength;
import gclab.vm.testing.BumpCollector;
import gclab.vm.testing.Programs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The VM marks the referent slot of java.lang.ref classes in their heap layouts: the {@code referent} field
 * of Reference, WEAK for WeakReference and its subclasses, SOFT for SoftReference and its subclasses, at the
 * same offset in every subclass (superclass fields come first), and still one of the reference slots. Other
 * classes have no referent slot.
 */
class ReferenceLayoutTest {
    @TempDir
    Path dir;

    @Test
    void referentSlotsAreMarkedWithTheirStrength() {
        Path classes = Programs.compile(dir, Map.of("UsesRefs", """
                import java.lang.ref.*;
                public class UsesRefs {
                    static class Keyed extends WeakReference<Object> {
                        Object value; int hash;
                        Keyed(Object k, Object v) { super(k); value = v; hash = k.hashCode(); }
                    }
                    static class Cached extends SoftReference<String> {
                        String label;
                        Cached(String s) { super(s); label = s; }
                    }
                    static class NotARef { Object referent; }
                    public static void main(String[] a) {
                        Object o = new Object();
                        System.out.println(new Keyed(o, "v").get() == o);
                        System.out.println(new Cached("s").get());
                        System.out.println(new WeakReference<>(o).get() == o);
                        System.out.println(new SoftReference<>(o).get() == o);
                        System.out.println(new NotARef().referent);
                    }
                }
                """));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        VmOptions options = Programs.options(BumpCollector.factory(), classes, 16L << 20)
                .out(new PrintStream(out, true, StandardCharsets.UTF_8));
        try (Vm vm = new Vm(options)) {
            assertEquals(0, vm.run("UsesRefs").status());
            assertEquals("true\ns\ntrue\ntrue\nnull\n", out.toString(StandardCharsets.UTF_8));
            LayoutTable layouts = vm.memoryManager().heap().layouts();
            Layout reference = find(layouts, "java.lang.ref.Reference");
            int offset = reference.referentOffset();
            assertTrue(offset >= ObjectModel.HEADER_WORDS, "referent offset " + offset);
            assertTrue(reference.isReferenceOffset(offset));
            assertEquals(ReferenceStrength.WEAK, reference.referentStrength());
            check(find(layouts, "java.lang.ref.WeakReference"), offset, ReferenceStrength.WEAK);
            check(find(layouts, "java.lang.ref.SoftReference"), offset, ReferenceStrength.SOFT);
            check(find(layouts, "UsesRefs$Keyed"), offset, ReferenceStrength.WEAK);
            check(find(layouts, "UsesRefs$Cached"), offset, ReferenceStrength.SOFT);
            Layout plain = find(layouts, "UsesRefs$NotARef");
            assertFalse(plain.hasReferent());
            assertNull(plain.referentStrength());
            assertEquals(0, plain.referentOffset());
            assertFalse(find(layouts, "java.lang.Object").hasReferent());
        }
    }

    private static void check(Layout layout, int offset, ReferenceStrength strength) {
        assertTrue(layout.hasReferent(), layout.name());
        assertEquals(offset, layout.referentOffset(), layout.name());
        assertEquals(strength, layout.referentStrength(), layout.name());
        assertTrue(layout.isReferenceOffset(offset), layout.name() + ": the referent slot is a reference slot");
    }

    private static Layout find(LayoutTable layouts, String name) {
        for (int id = 1; id < layouts.size(); id++) {
            Layout l = layouts.get(id);
            if (l != null && l.name().equals(name)) {
                return l;
            }
        }
        return fail("no layout named " + name);
    }
}
