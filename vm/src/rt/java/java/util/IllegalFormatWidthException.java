package java.util;

/** See {@link IllegalFormatException}: raised by the VM with the host formatter's message. */
public class IllegalFormatWidthException extends IllegalFormatException {
    private int width;

    public IllegalFormatWidthException(int w) {
        super(Integer.toString(w));
        this.width = w;
    }

    public int getWidth() {
        return width;
    }
}
