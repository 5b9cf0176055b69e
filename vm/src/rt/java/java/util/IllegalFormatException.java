package java.util;

/**
 * A format string or argument that the formatter rejects. gclab's String.format is the host's (a VM
 * intrinsic): the VM raises the subclass of the host's exception with the host's message, without running a
 * constructor, so the subclasses' accessors answer only for exceptions a program creates itself.
 */
public class IllegalFormatException extends IllegalArgumentException {
    IllegalFormatException() {
    }

    IllegalFormatException(String message) {
        super(message);
    }
}
