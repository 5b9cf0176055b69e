package gclab.bench.pauses;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Linux's per-thread scheduler statistics ({@code /proc/.../schedstat}: nanoseconds on a CPU, nanoseconds
 * waiting on a run queue while runnable, time slices): how long a thread was ready to run but descheduled.
 * Every method returns -1 where the file does not exist (not Linux, or schedstats off).
 */
final class SchedStat {
    private SchedStat() {
    }

    /** Nanoseconds the calling thread has waited on a run queue since it started, or -1. */
    static long currentThreadWaitNanos() {
        return field(Paths.get("/proc/thread-self/schedstat"), 1);
    }

    /** {@code {cpu ns, run-queue wait ns}} of this process's first thread whose name starts with {@code prefix}. */
    static long[] threadNamed(String prefix) {
        Path tasks = Paths.get("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return new long[] {-1, -1};
        }
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(tasks)) {
            for (Path task : dir) {
                String comm = new String(Files.readAllBytes(task.resolve("comm")), StandardCharsets.US_ASCII).trim();
                if (prefix.startsWith(comm) || comm.startsWith(prefix)) {
                    return new long[] {field(task.resolve("schedstat"), 0), field(task.resolve("schedstat"), 1)};
                }
            }
        } catch (IOException e) {
            return new long[] {-1, -1};
        }
        return new long[] {-1, -1};
    }

    private static long field(Path file, int index) {
        try {
            String[] parts = new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim().split(" ");
            return Long.parseLong(parts[index]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
