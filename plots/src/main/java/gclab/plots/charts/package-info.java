/**
 * JFreeChart charts of results, as PNG: {@link gclab.plots.charts.Charts} is the entry point. Comparison
 * charts take several runs (a series per run); run charts take one; the heap map takes a
 * {@link gclab.heap.telemetry.HeapSnapshot}.
 */
package gclab.plots.charts;
