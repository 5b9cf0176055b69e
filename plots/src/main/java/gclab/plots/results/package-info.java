/**
 * The result files of a run, and their model. {@link gclab.plots.results.RunResult#of} turns a run's
 * {@link gclab.heap.telemetry.GcTelemetry} into a {@link gclab.plots.results.RunResult};
 * {@link gclab.plots.results.ResultFiles#writeRun} writes its {@code result.json} ({@link
 * gclab.plots.results.ResultJson}), {@code pauses.hlog} ({@link gclab.plots.results.PauseLog}) and
 * {@code gc.log} ({@link gclab.plots.results.GcLogWriter}, read back by {@link gclab.plots.results.GcLogParser});
 * {@link gclab.plots.results.SummaryCsv} writes a comparison's {@code summary.csv}. The schema of every file is
 * in {@code docs/RESULTS.md}.
 */
package gclab.plots.results;
