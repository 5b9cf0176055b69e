package gclab.vm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where class files come from: the runtime library packed into the vm jar under {@code gclab-rt/} (for
 * {@code java/...} names), then the program's class path of directories and jars, in order.
 */
final class ClassPath implements AutoCloseable {
    static final String RUNTIME_LIBRARY = "/gclab-rt/";

    private final List<Path> directories = new ArrayList<>();
    private final List<ZipFile> jars = new ArrayList<>();
    private final List<Object> order = new ArrayList<>();

    ClassPath(List<Path> entries) {
        for (Path p : entries) {
            if (Files.isDirectory(p)) {
                directories.add(p);
                order.add(p);
            } else if (Files.isRegularFile(p)) {
                try {
                    ZipFile jar = new ZipFile(p.toFile());
                    jars.add(jar);
                    order.add(jar);
                } catch (IOException e) {
                    throw new GclabException("cannot open class path entry " + p + ": " + e.getMessage());
                }
            } else {
                throw new GclabException("class path entry " + p + " is neither a directory nor a jar");
            }
        }
    }

    /** True for names the runtime library owns: a program cannot bring its own java.lang.String. */
    static boolean isJdkName(String internalName) {
        return internalName.startsWith("java/") || internalName.startsWith("javax/")
                || internalName.startsWith("jdk/") || internalName.startsWith("sun/");
    }

    /** The bytes of class {@code internalName}, or null if no entry has it. */
    byte[] find(String internalName) {
        String file = internalName + ".class";
        if (isJdkName(internalName)) {
            try (InputStream in = ClassPath.class.getResourceAsStream(RUNTIME_LIBRARY + file)) {
                return in == null ? null : in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        for (Object entry : order) {
            try {
                if (entry instanceof Path) {
                    Path f = ((Path) entry).resolve(file);
                    if (Files.isRegularFile(f)) {
                        return Files.readAllBytes(f);
                    }
                } else {
                    ZipFile jar = (ZipFile) entry;
                    ZipEntry e = jar.getEntry(file);
                    if (e != null) {
                        try (InputStream in = jar.getInputStream(e)) {
                            return in.readAllBytes();
                        }
                    }
                }
            } catch (IOException e) {
                throw new GclabException("cannot read " + file + " from " + entry + ": " + e.getMessage());
            }
        }
        return null;
    }

    @Override
    public void close() {
        for (ZipFile jar : jars) {
            try {
                jar.close();
            } catch (IOException e) {
                // Closing a read-only jar cannot lose data; nothing to report.
            }
        }
    }
}
