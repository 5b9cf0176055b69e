package gclab.plots.results;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.plots.SampleRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryCsvTest {
    @Test
    void oneRowPerRunWithTheCompareTablesColumns(@TempDir Path dir) throws IOException {
        RunResult a = SampleRun.sample();
        RunResult b = new SampleRun().play().result("nogc");
        Path file = ResultFiles.writeSummary(dir, List.of(new SummaryCsv.Row(a, 3, 2),
                new SummaryCsv.Row(b, 1, SummaryCsv.Row.NOT_FORKED)));
        String text = Files.readString(file);
        String[] lines = text.split("\r\n");
        assertEquals(3, lines.length);
        assertEquals("workload,collector,options,heap_bytes,exit_status,error,pauses,pause_total_ms,pause_p50_ms,"
                + "pause_p99_ms,pause_p99_9_ms,pause_max_ms,ttsp_max_ms,gc_share,mmu_1ms,mmu_10ms,mmu_100ms,"
                + "peak_footprint_bytes,external_fragmentation_end,fragmentation_failures,fragmentation_misses,run_ms,"
                + "work_units,allocated_bytes,run,fork", lines[0]);
        String[] row = lines[1].split(",", -1);
        assertEquals(SummaryCsv.COLUMNS.size(), row.length);
        assertEquals("linked-list", row[0]);
        assertEquals("marksweep", row[1]);
        assertEquals("fit=first-fit", row[2]);
        assertEquals("4194304", row[3]);
        assertEquals("", row[5]);
        assertEquals("3", row[6]);
        assertEquals("10.500", row[7]);
        assertEquals("9.000", row[11]);
        assertEquals("0.020", row[12]);
        assertEquals("0.2100", row[13]);
        assertEquals("0.0000", row[14]);
        assertEquals("0.1000", row[15]);
        assertEquals(Long.toString(a.footprint().peakFootprintBytes()), row[17]);
        assertEquals("1", row[19]);
        assertEquals("1", row[20]);
        assertEquals("50.000", row[21]);
        assertEquals(Long.toString(a.totalWork()), row[22]);
        assertEquals("3", row[24], "run");
        assertEquals("2", row[25], "fork");
        String[] second = lines[2].split(",", -1);
        assertEquals("nogc", second[1]);
        assertEquals("1", second[24]);
        assertEquals("0", second[25], "not forked");
    }

    @Test
    void anUnknownForkIsLeftEmpty() {
        List<String> lines = SummaryCsv.lines(List.of(new SummaryCsv.Row(SampleRun.sample(), 4,
                SummaryCsv.Row.FORK_UNKNOWN)));
        assertEquals(List.of("4", ""), List.of(lines.get(1).split(",", -1)).subList(24, 26));
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertEquals("plain", SummaryCsv.quote("plain"));
        assertEquals("\"a,b\"", SummaryCsv.quote("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", SummaryCsv.quote("say \"hi\""));
        assertEquals("\"two\nlines\"", SummaryCsv.quote("two\nlines"));
    }
}
