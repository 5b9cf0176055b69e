package gclab.bench;

import gclab.heap.Heap;
import gclab.heap.spi.OptionSpec;
import picocli.CommandLine;

/** {@code --heap SIZE}: bytes, with an optional suffix k, m or g ({@code 64m}); checked against gclab's range. */
public final class HeapSizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String text) {
        long bytes = OptionSpec.parseSize(text);
        if (bytes < 0) {
            throw new CommandLine.TypeConversionException("bad heap size '" + text
                    + "': write a number of bytes with an optional suffix k, m or g, e.g. 64m");
        }
        if (bytes < Heap.MIN_CAPACITY_BYTES || bytes > Heap.MAX_CAPACITY_BYTES) {
            throw new CommandLine.TypeConversionException("heap size '" + text + "' is outside the range gclab"
                    + " supports (" + Heap.MIN_CAPACITY_BYTES + " bytes to " + (Heap.MAX_CAPACITY_BYTES >> 20)
                    + " MiB)");
        }
        return bytes;
    }
}
