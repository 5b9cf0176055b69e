package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class IllegalFormatPrecisionException extends IllegalFormatException {
    private int precision;

    public IllegalFormatPrecisionException(int p) {
        super(Integer.toString(p));
        this.precision = p;
    }

    public int getPrecision() {
        return precision;
    }
}
