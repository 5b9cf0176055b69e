package java.io;

/** Standard output and error of the VM: text is handed to the host stream of file descriptor {@code fd}. */
public class PrintStream implements Appendable, Closeable, Flushable {
    private final int fd;

    public PrintStream(int fd) {
        this.fd = fd;
    }

    private static native void write(int fd, String s);

    private static native void write(int fd, char[] chars);

    public void flush() {
    }

    public void close() {
    }

    public void write(int b) {
        write(fd, String.valueOf((char) (b & 0xff)));
    }

    public void print(String s) {
        write(fd, s == null ? "null" : s);
    }

    public void print(Object obj) {
        write(fd, String.valueOf(obj));
    }

    public void print(char[] s) {
        write(fd, s);
    }

    public void print(boolean b) {
        write(fd, String.valueOf(b));
    }

    public void print(char c) {
        write(fd, String.valueOf(c));
    }

    public void print(int i) {
        write(fd, String.valueOf(i));
    }

    public void print(long l) {
        write(fd, String.valueOf(l));
    }

    public void print(float f) {
        write(fd, String.valueOf(f));
    }

    public void print(double d) {
        write(fd, String.valueOf(d));
    }

    public void println() {
        write(fd, "\n");
    }

    public void println(String s) {
        print(s);
        println();
    }

    public void println(Object obj) {
        print(String.valueOf(obj));
        println();
    }

    public void println(char[] s) {
        print(s);
        println();
    }

    public void println(boolean b) {
        print(b);
        println();
    }

    public void println(char c) {
        print(c);
        println();
    }

    public void println(int i) {
        print(i);
        println();
    }

    public void println(long l) {
        print(l);
        println();
    }

    public void println(float f) {
        print(f);
        println();
    }

    public void println(double d) {
        print(d);
        println();
    }

    public PrintStream printf(String format, Object... args) {
        write(fd, String.format(format, args));
        return this;
    }

    public PrintStream format(String format, Object... args) {
        return printf(format, args);
    }

    public PrintStream append(char c) {
        print(c);
        return this;
    }

    public PrintStream append(CharSequence csq) {
        print(String.valueOf(csq));
        return this;
    }

    public PrintStream append(CharSequence csq, int start, int end) {
        if (csq == null) {
            csq = "null";
        }
        return append(csq.subSequence(start, end));
    }
}
