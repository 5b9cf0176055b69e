package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class FormatFlagsConversionMismatchException extends IllegalFormatException {
    private String flags;
    private char conversion;

    public FormatFlagsConversionMismatchException(String f, char c) {
        super("Conversion = " + c + ", Flags = " + f);
        this.flags = f;
        this.conversion = c;
    }

    public String getFlags() {
        return flags;
    }

    public char getConversion() {
        return conversion;
    }
}
