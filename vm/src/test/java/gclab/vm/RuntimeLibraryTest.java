package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * The runtime library is closed: every class its code names (in calls, field accesses, allocations, casts and
 * class constants) is itself in the library, so no library method can stop a program with
 * "unsupported" for a reason of the library's own (javac checks only that the names exist in the host's JDK).
 */
class RuntimeLibraryTest {
    /** Bootstrap owners the VM implements itself (invokedynamic is resolved by the VM, never by these classes). */
    private static final Set<String> VM_HANDLED = Set.of("java/lang/invoke/LambdaMetafactory",
            "java/lang/invoke/StringConcatFactory", "java/lang/runtime/ObjectMethods");

    static Path libraryRoot() {
        URL object = RuntimeLibraryTest.class.getResource(ClassPath.RUNTIME_LIBRARY + "java/lang/Object.class");
        try {
            return Path.of(object.toURI()).getParent().getParent().getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> classFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyClassTheLibraryNamesIsInTheLibrary() throws IOException {
        Path root = libraryRoot();
        List<Path> files = classFiles(root);
        assertTrue(files.size() > 200, "the library has its classes: " + files.size());
        Set<String> provided = new TreeSet<>();
        for (Path f : files) {
            String name = root.relativize(f).toString().replace('\\', '/');
            provided.add(name.substring(0, name.length() - ".class".length()));
        }
        Set<String> missing = new TreeSet<>();
        Set<String> used = new TreeSet<>();
        for (Path f : files) {
            ClassNode node = new ClassNode();
            new ClassReader(Files.readAllBytes(f)).accept(node, ClassReader.SKIP_FRAMES);
            for (MethodNode m : node.methods) {
                for (AbstractInsnNode insn : m.instructions) {
                    for (String name : namedClasses(insn)) {
                        used.add(name);
                        if (!provided.contains(name) && !VM_HANDLED.contains(name)) {
                            missing.add(name + " (from " + node.name + "." + m.name + ")");
                        }
                    }
                }
            }
        }
        // The scan sees what it must: calls, allocations, casts, and a class only arrays name.
        assertTrue(used.containsAll(Set.of("java/lang/StringBuilder", "java/util/HashMap$Node",
                "java/util/ConcurrentModificationException", "java/lang/reflect/Array")), used.toString());
        assertEquals(Set.of(), missing);
    }

    /** The classes an instruction needs loaded: owners, allocated and checked types, class constants. */
    private static List<String> namedClasses(AbstractInsnNode insn) {
        if (insn instanceof MethodInsnNode call) {
            return List.of(elementClass(call.owner));
        } else if (insn instanceof FieldInsnNode field) {
            return List.of(elementClass(field.owner));
        } else if (insn instanceof TypeInsnNode type) {
            return List.of(elementClass(type.desc));
        } else if (insn instanceof MultiANewArrayInsnNode multi) {
            return List.of(elementClass(multi.desc));
        } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type t && t.getSort() != Type.METHOD) {
            return List.of(elementClass(t.getInternalName()));
        } else if (insn instanceof InvokeDynamicInsnNode indy) {
            List<String> owners = new java.util.ArrayList<>(List.of(indy.bsm.getOwner()));
            for (Object arg : indy.bsmArgs) {
                if (arg instanceof Handle h) {
                    owners.add(elementClass(h.getOwner()));
                }
            }
            return owners;
        }
        return List.of();
    }

    /** The class behind an internal name or array descriptor; a primitive array needs only Object. */
    private static String elementClass(String name) {
        if (!name.startsWith("[")) {
            return name;
        }
        Type element = Type.getType(name).getElementType();
        return element.getSort() == Type.OBJECT ? element.getInternalName() : "java/lang/Object";
    }
}
