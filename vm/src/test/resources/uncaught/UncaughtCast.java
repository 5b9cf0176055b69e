public class UncaughtCast {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }
    public static void main(String[] args) {
        Object[] tries = {"text", new int[0], new Cat[0], 7};
        for (Object o : tries) {
            try {
                Dog d = (Dog) o;
                System.out.println(d);
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }
        try {
            String[] s = (String[]) new Object[0];
            System.out.println(s.length);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Animal a = new Cat();
        Dog d = (Dog) a;
        System.out.println(d);
    }
}
