package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class UnknownFormatFlagsException extends IllegalFormatException {
    private String flags;

    public UnknownFormatFlagsException(String f) {
        super("Flags = " + f);
        this.flags = f;
    }

    public String getFlags() {
        return flags;
    }
}
