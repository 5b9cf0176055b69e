public class ExitStatus {
    public static void main(String[] args) {
        try {
            System.out.println("in try");
            System.exit(42);
        } finally {
            System.out.println("finally never runs");
        }
    }
}
