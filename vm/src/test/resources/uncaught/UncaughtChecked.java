public class UncaughtChecked {
    static class ConfigException extends Exception {
        ConfigException(String message) { super(message); }
    }
    static void read(String key) throws ConfigException {
        if (key.isEmpty()) throw new ConfigException("empty key");
        System.out.println("read " + key);
    }
    public static void main(String[] args) throws Exception {
        read("a");
        read("");
    }
}
