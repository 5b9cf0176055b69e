package gclab.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gclab.bench.experiment.HostJvm;
import gclab.bench.experiment.HotSpotRunner;
import gclab.bench.experiment.Program;
import gclab.plots.results.ResultFiles;
import gclab.plots.results.RunResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** gclab compare --hotspot: the same program on the host JVM under HotSpot's collectors, in the same files. */
class HotSpotCompareTest {
    @TempDir
    Path tmp;

    @Test
    void serialOnTheHostGivesAResultFromItsOwnLog() throws IOException {
        HotSpotRunner.Jdk jdk = HotSpotRunner.describe(HostJvm.current());
        assertEquals(System.getProperty("java.specification.version"), jdk.feature());
        Path dir = tmp.resolve("serial");
        HotSpotRunner.Run run = HotSpotRunner.run(Program.bundled("fragmenter", List.of("400")),
                HotSpotRunner.Gc.SERIAL, jdk, 4L << 20, dir);
        assertTrue(run.ran(), run.whyNot());
        RunResult r = run.result();
        assertTrue(r.counts().pauses() > 0, "2 MB of blocks in a 4 MiB heap: HotSpot collects");
        assertEquals(r.counts().pauses(), r.pauseEvents().size());
        assertEquals(0, r.outcome().exitStatus());
        assertNull(r.outcome().error());
        assertTrue(r.inputs().collector().startsWith("HotSpot Serial (JDK "), r.inputs().collector());
        String log = Files.readString(dir.resolve(ResultFiles.GC_LOG));
        assertTrue(log.contains("Using Serial"), "HotSpot's own log is kept: " + log);
        assertEquals(r, ResultFiles.readRun(dir), "result.json reads back");
        assertTrue(Files.readString(dir.resolve(HotSpotRunner.COMMAND_TXT)).contains("-XX:+UseSerialGC"));
    }

    @Test
    void aJdkThatCannotRunIsReportedNotRun() throws IOException {
        HostJvm nowhere = new HostJvm(tmp.resolve("no-jdk"), Duration.ofSeconds(5));
        HotSpotRunner.Jdk jdk = HotSpotRunner.describe(nowhere);
        HotSpotRunner.Run run = HotSpotRunner.run(Program.bundled("fragmenter", List.of("400")),
                HotSpotRunner.Gc.G1, jdk, 4L << 20, tmp.resolve("g1"));
        assertFalse(run.ran());
        assertTrue(run.whyNot().startsWith("not run: ") && run.whyNot().contains("-XX:+UseG1GC"), run.whyNot());
    }

    @Test
    void compareHotspotPutsTheHostCollectorsInTheSameTableAndSummary() throws IOException {
        Path out = tmp.resolve("out");
        Cli.Outcome o = Cli.run(tmp, "compare", "-w", "fragmenter", "--small", "-c", "nogc", "--heap", "4m",
                "--warmup", "0", "--no-charts", "--hotspot", "--out", out.toString());
        assertEquals(0, o.status(), o.toString());
        for (HotSpotRunner.Gc gc : HotSpotRunner.Gc.values()) {
            assertTrue(o.out().contains("HotSpot " + gc.title() + " (JDK "), gc + " has a row: " + o);
        }
        assertTrue(o.out().contains("host objects"), o.out());
        List<String> csv = Files.readAllLines(out.resolve(ResultFiles.SUMMARY_CSV));
        long hotspotRows = csv.stream().filter(l -> l.contains("HotSpot ")).count();
        long notRun = o.out().lines().filter(l -> l.contains("not run: ")).count();
        assertEquals(HotSpotRunner.Gc.values().length, hotspotRows + notRun, o.out());
        assertTrue(Files.exists(out.resolve("fragmenter").resolve("hotspot-serial-jdk"
                + System.getProperty("java.specification.version")).resolve(ResultFiles.GC_LOG)));
    }

    @Test
    void aHotspotJdkWithoutJavaIsAUsageError() {
        Cli.assertUsageError(Cli.run(tmp, "compare", "-w", "fragmenter", "--small", "--hotspot-jdk",
                tmp.resolve("nothing").toString()), "--hotspot-jdk");
    }
}
