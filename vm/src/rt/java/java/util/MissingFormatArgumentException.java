package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class MissingFormatArgumentException extends IllegalFormatException {
    private String formatSpecifier;

    public MissingFormatArgumentException(String s) {
        super("Format specifier '" + s + "'");
        this.formatSpecifier = s;
    }

    public String getFormatSpecifier() {
        return formatSpecifier;
    }
}
