package gclab.vm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import gclab.vm.testing.BumpCollector;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.Opcodes;

/** The decoded form of a method: code with resolved operands, and exact reference maps. */
class DecoderTest {
    /** The method under test: locals 0 (a), 1 (n), 2 (s); the maps are checked at its calls and allocations. */
    static String sample(String a, int n) {
        String s = a + n;
        Object o = new Object();
        return s.substring(n) + o.hashCode();
    }

    private static VmMethod decoded(String name) throws Exception {
        Path classes = Path.of(DecoderTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Vm vm = new Vm(new VmOptions(BumpCollector.factory()).classPath(classes).heapBytes(1 << 20))) {
            VmClass c = vm.classes.load("gclab/vm/DecoderTest");
            for (VmMethod m : c.methodList) {
                if (m.name.equals(name)) {
                    Decoder.decode(m);
                    return m;
                }
            }
        }
        throw new AssertionError(name);
    }

    private static List<Integer> pcsOf(VmMethod m, int opcode) {
        List<Integer> pcs = new ArrayList<>();
        for (int pc = 0; pc < m.code.length; pc++) {
            if (m.refMaps[pc] != null && m.code[pc] == opcode) {
                pcs.add(pc);
            }
        }
        return pcs;
    }

    @Test
    void referenceMapsAreExactAndLeaveOutACallsArguments() throws Exception {
        VmMethod m = decoded("sample");
        assertEquals(4, m.maxLocals, "a, n, s, o");
        // At `new Object()` the live references are a (0) and s (2); n (1) is an int.
        int newPc = pcsOf(m, Opcodes.NEW).get(0);
        assertArrayEquals(new int[] {0, 2}, m.refMaps[newPc]);
        // At s.substring(n): s and n are the call's arguments, so only a, s and o (locals) are roots; the
        // stack slots holding the receiver and argument belong to the callee.
        int substringPc = pcsOf(m, Opcodes.INVOKEVIRTUAL).get(0);
        assertArrayEquals(new int[] {0, 2, 3}, m.refMaps[substringPc]);
        // At o.hashCode(): the substring's result waits on the stack (slot maxLocals + 0), the receiver o is
        // the callee's.
        int hashCodePc = pcsOf(m, Opcodes.INVOKEVIRTUAL).get(1);
        assertArrayEquals(new int[] {0, 2, 3, m.maxLocals}, m.refMaps[hashCodePc]);
    }

    @Test
    void branchTargetsAreCodeIndexes() throws Exception {
        VmMethod m = decoded("loop");
        int gotoPc = pcsOf(m, Opcodes.GOTO).isEmpty() ? -1 : pcsOf(m, Opcodes.GOTO).get(0);
        int target = gotoPc >= 0 ? m.code[gotoPc + 1] : m.code[pcsOf(m, Opcodes.IF_ICMPLT).get(0) + 1];
        assertEquals(true, target >= 0 && target < m.code.length && m.refMaps[target] != null);
    }

    static int loop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) {
            s += i;
        }
        return s;
    }
}
