package java.util;

/** See {@link IllegalFormatException}: an argument index out of range (package-private, as in the JDK). */
class IllegalFormatArgumentIndexException extends IllegalFormatException {
    IllegalFormatArgumentIndexException(String message) {
        super(message);
    }
}
