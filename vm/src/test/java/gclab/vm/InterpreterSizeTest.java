package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * HotSpot does not JIT-compile a method of more than 8,000 bytes of bytecode ({@code -XX:HugeMethodLimit},
 * with {@code DontCompileHugeMethods} on by default). The dispatch loop is one large method: if it grows past
 * the limit, the host runs it interpreted and gclab becomes many times slower, silently. This test reads the
 * {@code Code} attribute of every method of {@link Interpreter} from its class file and keeps them all under it.
 *
 * <p>The same 8,000 bytes are C2's {@code DesiredMethodLimit}: all it inlines into one compilation, the method's own
 * bytecode included. What the dispatch loop leaves is what the collectors' allocation paths and barriers and the
 * heap's accessors have to be inlined into it; at 6,910 bytes, tricolor's allocation path took all of it and every
 * field access was a call. So the loop is also held to a second, tighter bound.
 */
class InterpreterSizeTest {
    private static final int HUGE_METHOD_LIMIT = 8000;
    /** C2's DesiredMethodLimit, and the part of it kept for the callees inlined into the dispatch loop. */
    private static final int DESIRED_METHOD_LIMIT = 8000;
    private static final int INLINING_RESERVE = 2500;

    @Test
    void everyInterpreterMethodStaysCompilableByHotSpot() throws IOException {
        Map<String, Integer> sizes = codeSizes(Interpreter.class);
        assertTrue(sizes.size() > 1, "found the interpreter's methods: " + sizes);
        String largest = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertTrue(sizes.get(largest) < HUGE_METHOD_LIMIT, "Interpreter." + largest + " has " + sizes.get(largest)
                + " bytes of bytecode, over HotSpot's huge-method limit of " + HUGE_METHOD_LIMIT
                + ": move rare cases out of the dispatch loop into helpers");
        assertTrue(sizes.get(largest) > 1000, "the dispatch loop is the largest method: " + largest + " " + sizes);
    }

    @Test
    void theDispatchLoopLeavesC2RoomToInlineTheHotPaths() throws IOException {
        int execute = codeSizes(Interpreter.class).get("execute(Lgclab/vm/VmMethod;II)J");
        assertTrue(execute <= DESIRED_METHOD_LIMIT - INLINING_RESERVE, "Interpreter.execute has " + execute
                + " bytes of bytecode, which leaves C2 less than " + INLINING_RESERVE + " of its " + DESIRED_METHOD_LIMIT
                + " to inline the collectors' paths into it: move rare cases into Interpreter.rare");
    }

    /** Method name and descriptor to code length in bytes, read from the class file (JVMS 4). */
    static Map<String, Integer> codeSizes(Class<?> type) throws IOException {
        String resource = type.getSimpleName() + ".class";
        try (InputStream raw = type.getResourceAsStream(resource)) {
            DataInputStream in = new DataInputStream(raw);
            in.readInt(); // magic
            in.readUnsignedShort(); // minor
            in.readUnsignedShort(); // major
            int poolCount = in.readUnsignedShort();
            String[] utf8 = new String[poolCount];
            for (int i = 1; i < poolCount; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: utf8[i] = in.readUTF(); break;
                    case 3: case 4: in.readInt(); break;
                    case 5: case 6: in.readLong(); i++; break;
                    case 7: case 8: case 16: case 19: case 20: in.readUnsignedShort(); break;
                    case 15: in.readUnsignedByte(); in.readUnsignedShort(); break;
                    case 9: case 10: case 11: case 12: case 17: case 18: in.readInt(); break;
                    default: throw new IOException("unknown constant pool tag " + tag + " in " + resource);
                }
            }
            in.readUnsignedShort(); // access
            in.readUnsignedShort(); // this
            in.readUnsignedShort(); // super
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            int fields = in.readUnsignedShort();
            for (int f = 0; f < fields; f++) {
                in.skipBytes(6);
                skipAttributes(in);
            }
            Map<String, Integer> sizes = new LinkedHashMap<>();
            int methods = in.readUnsignedShort();
            for (int m = 0; m < methods; m++) {
                in.readUnsignedShort(); // access
                String name = utf8[in.readUnsignedShort()] + utf8[in.readUnsignedShort()];
                int attributes = in.readUnsignedShort();
                for (int a = 0; a < attributes; a++) {
                    String attribute = utf8[in.readUnsignedShort()];
                    int length = in.readInt();
                    if (attribute.equals("Code")) {
                        in.readUnsignedShort(); // max_stack
                        in.readUnsignedShort(); // max_locals
                        int codeLength = in.readInt();
                        sizes.put(name, codeLength);
                        in.skipBytes(length - 8);
                    } else {
                        in.skipBytes(length);
                    }
                }
            }
            return sizes;
        }
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        int attributes = in.readUnsignedShort();
        for (int a = 0; a < attributes; a++) {
            in.readUnsignedShort();
            in.skipBytes(in.readInt());
        }
    }
}
