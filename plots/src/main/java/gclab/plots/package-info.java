/**
 * Result files and pause-time charts. {@link gclab.plots.results} is the model of one run's results
 * ({@code RunResult}, built from a run's telemetry) and the files written from it: {@code result.json},
 * {@code pauses.hlog}, {@code gc.log} (and its parser), {@code summary.csv}, {@code heap-snapshot.json}.
 * {@link gclab.plots.charts} draws JFreeChart charts from results: pause timelines, percentile distributions,
 * MMU curves, heap occupancy, fragmentation and heap maps. Charts read results, never the VM, so this module
 * depends only on {@code heap} and its libraries (HdrHistogram), Jackson and JFreeChart; the bench writes
 * results through it.
 */
package gclab.plots;
