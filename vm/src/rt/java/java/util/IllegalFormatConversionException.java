package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class IllegalFormatConversionException extends IllegalFormatException {
    private char conversion;
    private Class<?> argumentClass;

    public IllegalFormatConversionException(char c, Class<?> arg) {
        super(c + " != " + arg.getName());
        this.conversion = c;
        this.argumentClass = arg;
    }

    public char getConversion() {
        return conversion;
    }

    public Class<?> getArgumentClass() {
        return argumentClass;
    }
}
