package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class IllegalFormatCodePointException extends IllegalFormatException {
    private int codePoint;

    public IllegalFormatCodePointException(int c) {
        super("Code point = 0x" + Integer.toHexString(c));
        this.codePoint = c;
    }

    public int getCodePoint() {
        return codePoint;
    }
}
