package gclab.vm.testing;

import gclab.vm.Vm;
import gclab.vm.VmExit;
import gclab.vm.VmOptions;
import java.nio.file.Path;
import java.util.Arrays;

/** A debugging aid: {@code RunMain <classes> <main> [args]} runs a program in gclab (bump, or stress with -Dstress). */
public final class RunMain {
    private RunMain() {
    }

    public static void main(String[] args) {
        boolean stress = Boolean.getBoolean("stress");
        VmOptions options = new VmOptions(stress ? CompactingCollector.factory() : BumpCollector.factory())
                .classPath(Path.of(args[0])).heapBytes(Long.getLong("heap", 64L << 20)).stress(stress).verify(stress);
        try (Vm vm = new Vm(options)) {
            long t0 = System.nanoTime();
            VmExit exit = vm.run(args[1], Arrays.copyOfRange(args, 2, args.length));
            long t1 = System.nanoTime();
            System.err.println("[gclab] " + exit + " in " + (t1 - t0) / 1_000_000 + " ms, "
                    + vm.telemetry().pauses().size() + " pauses, metaspace " + vm.metaspaceBytes() + " bytes");
        }
    }
}
