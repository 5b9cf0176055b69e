package gclab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where results go: {@code ./gclab-out/<timestamp>/} unless {@code --out} says otherwise. */
final class OutputDirs {
    static final String DEFAULT_ROOT = "gclab-out";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");

    private OutputDirs() {
    }

    /** A new directory {@code gclab-out/<local time>} (with a suffix if that exists), not yet created. */
    static Path timestamped(Path baseDirectory) {
        Path base = baseDirectory.resolve(DEFAULT_ROOT).resolve(LocalDateTime.now().format(STAMP));
        Path dir = base;
        for (int i = 2; Files.exists(dir); i++) {
            dir = Path.of(base + "-" + i);
        }
        return dir;
    }

    /** Creates {@code dir} and checks that files can be written in it; a {@link UsageException} if not. */
    static Path prepare(Path dir) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".gclab-probe", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new UsageException("cannot write to output directory '" + dir + "' (" + reason(e) + ")");
        }
    }

    private static String reason(Exception e) {
        if (e instanceof java.nio.file.FileSystemException && ((java.nio.file.FileSystemException) e).getReason()
                != null) {
            java.nio.file.FileSystemException fs = (java.nio.file.FileSystemException) e;
            return fs.getFile() + ": " + fs.getReason();
        }
        String name = e.getClass().getSimpleName();
        if (name.equals("FileAlreadyExistsException")) {
            return "a file is in the way: " + e.getMessage();
        }
        if (name.equals("NoSuchFileException")) {
            return "cannot create " + e.getMessage();
        }
        if (name.equals("AccessDeniedException")) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? name : name + ": " + e.getMessage();
    }
}
