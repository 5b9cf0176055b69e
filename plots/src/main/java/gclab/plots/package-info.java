/**
 * Pause-time charts drawn with JFreeChart from result files: pause timelines, percentile distributions,
 * MMU curves, heap occupancy, fragmentation and heap maps. Charts read results, never the VM, so this module
 * depends only on {@code heap} (for the telemetry records) and JFreeChart.
 *
 * <p>Empty for now: the charts arrive with the lab bench (issue "The lab bench").
 */
package gclab.plots;
