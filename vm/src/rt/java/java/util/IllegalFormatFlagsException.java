package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class IllegalFormatFlagsException extends IllegalFormatException {
    private String flags;

    public IllegalFormatFlagsException(String f) {
        super("Flags = '" + f + "'");
        this.flags = f;
    }

    public String getFlags() {
        return flags;
    }
}
