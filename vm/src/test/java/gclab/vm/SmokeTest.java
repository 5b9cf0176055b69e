package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.vm.testing.BumpCollector;
import gclab.vm.testing.CompactingCollector;
import gclab.vm.testing.Programs;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmokeTest {
    @TempDir
    Path dir;

    @Test
    void helloWorld() {
        Path classes = Programs.compile(dir, Map.of("Hello", """
                public class Hello {
                    public static void main(String[] args) {
                        System.out.println("Hello, gclab");
                        int sum = 0;
                        for (int i = 0; i < 10; i++) {
                            sum += i;
                        }
                        System.out.println(sum);
                        System.out.println("sum=" + sum + " half=" + (sum / 2.0));
                    }
                }
                """));
        Programs.Run host = Programs.runOnHost(classes, "Hello");
        Programs.Run bump = Programs.runInGclab(Programs.options(BumpCollector.factory(), classes, 1 << 20), "Hello");
        assertEquals(host.out(), bump.out(), bump.err());
        Programs.Run stress = Programs.runInGclab(Programs.options(CompactingCollector.factory(), classes, 1 << 20)
                .stress(true).verify(true), "Hello");
        assertEquals(host.out(), stress.out(), stress.err());
    }
}
