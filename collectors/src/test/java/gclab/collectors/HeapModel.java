package gclab.collectors;

import gclab.heap.ElementKind;
import gclab.heap.Heap;
import gclab.heap.Layout;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * An independent reachability model for the property test: plain Java objects with their expected fields,
 * and the root list. It never reads the heap: reachability is decided here, and the heap is then checked
 * against it.
 */
final class HeapModel {
    /** What an object looks like: an instance (field count, which fields are references) or an array. */
    record Shape(String name, Layout.Kind kind, int fieldCount, List<Integer> referenceFields, ElementKind element) {
        static Shape instance(int fieldCount, int referenceMask) {
            List<Integer> refs = new ArrayList<>();
            for (int f = 0; f < fieldCount; f++) {
                if ((referenceMask & (1 << f)) != 0) {
                    refs.add(f);
                }
            }
            return new Shape("I" + fieldCount + "r" + Integer.toBinaryString(referenceMask), Layout.Kind.INSTANCE,
                    fieldCount, List.copyOf(refs), null);
        }

        static Shape array(ElementKind element) {
            return new Shape(element.name().toLowerCase() + "[]", Layout.Kind.ARRAY, 0, List.of(), element);
        }

        boolean isArray() {
            return kind == Layout.Kind.ARRAY;
        }

        /** Defines this shape's layout in {@code heap}. */
        Layout define(Heap heap) {
            if (isArray()) {
                return heap.layouts().defineArray(name, element);
            }
            return heap.layouts().defineInstance(name, fieldCount,
                    referenceFields.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The primitive fields of an instance, in field order. */
        List<Integer> primitiveFields() {
            List<Integer> prims = new ArrayList<>();
            for (int f = 0; f < fieldCount; f++) {
                if (!referenceFields.contains(f)) {
                    prims.add(f);
                }
            }
            return prims;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** Every instance shape with 0 to 4 fields and every choice of reference fields, then the array shapes. */
    static final List<Shape> SHAPES = shapes();

    private static List<Shape> shapes() {
        List<Shape> shapes = new ArrayList<>();
        for (int fields = 0; fields <= 4; fields++) {
            for (int mask = 0; mask < (1 << fields); mask++) {
                shapes.add(Shape.instance(fields, mask));
            }
        }
        shapes.add(Shape.array(ElementKind.REFERENCE));
        for (ElementKind k : TestTypes.PRIMITIVES) {
            shapes.add(Shape.array(k));
        }
        return Collections.unmodifiableList(shapes);
    }

    /** One object as the mutator expects it: its reference slots and its primitive values. */
    static final class Obj {
        final int id;
        final Shape shape;
        final int length;
        final int sizeWords;
        /** The target of each reference slot, in slot order (instance reference fields, or array elements). */
        final Obj[] refs;
        /** Each primitive field (instances, in field order) or element (primitive arrays), as raw bits. */
        final long[] prims;

        Obj(int id, Shape shape, int length, int sizeWords) {
            this.id = id;
            this.shape = shape;
            this.length = length;
            this.sizeWords = sizeWords;
            if (shape.isArray()) {
                refs = new Obj[shape.element() == ElementKind.REFERENCE ? length : 0];
                prims = new long[shape.element() == ElementKind.REFERENCE ? 0 : length];
            } else {
                refs = new Obj[shape.referenceFields().size()];
                prims = new long[shape.fieldCount() - shape.referenceFields().size()];
            }
        }

        /** The field or element index of reference slot {@code k}. */
        int referenceIndex(int k) {
            return shape.isArray() ? k : shape.referenceFields().get(k);
        }

        @Override
        public String toString() {
            return "#" + id + ":" + shape + (shape.isArray() ? "[" + length + "]" : "");
        }
    }

    /** The roots, index for index with the mutator's root slots; null where a root was dropped. */
    final List<Obj> roots = new ArrayList<>();
    /** Every object ever allocated (what nogc keeps). */
    int allocatedObjects;
    long allocatedWords;

    Obj allocateRooted(Shape shape, int length, int sizeWords) {
        Obj o = new Obj(allocatedObjects++, shape, length, sizeWords);
        allocatedWords += sizeWords;
        roots.add(o);
        return o;
    }

    /** The objects reachable from the roots, in breadth-first order from the roots in index order. */
    List<Obj> reachable() {
        Set<Obj> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Obj> order = new ArrayList<>();
        ArrayDeque<Obj> queue = new ArrayDeque<>();
        for (Obj r : roots) {
            if (r != null && seen.add(r)) {
                queue.add(r);
                order.add(r);
            }
        }
        while (!queue.isEmpty()) {
            for (Obj t : queue.poll().refs) {
                if (t != null && seen.add(t)) {
                    queue.add(t);
                    order.add(t);
                }
            }
        }
        return order;
    }

    static long words(List<Obj> objects) {
        return objects.stream().mapToLong(o -> o.sizeWords).sum();
    }

    /** The indexes of the roots that hold an object. */
    List<Integer> liveRoots() {
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < roots.size(); i++) {
            if (roots.get(i) != null) {
                live.add(i);
            }
        }
        return live;
    }
}
