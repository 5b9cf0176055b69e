public class UncaughtNull {
    String name;
    int length() { return name.length(); }
    public static void main(String[] args) {
        System.out.println("before");
        System.out.println(new UncaughtNull().length());
    }
}
