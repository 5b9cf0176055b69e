package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class MissingFormatWidthException extends IllegalFormatException {
    private String formatSpecifier;

    public MissingFormatWidthException(String s) {
        super(s);
        this.formatSpecifier = s;
    }

    public String getFormatSpecifier() {
        return formatSpecifier;
    }
}
