package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class UnknownFormatConversionException extends IllegalFormatException {
    private String conversion;

    public UnknownFormatConversionException(String s) {
        super("Conversion = '" + s + "'");
        this.conversion = s;
    }

    public String getConversion() {
        return conversion;
    }
}
