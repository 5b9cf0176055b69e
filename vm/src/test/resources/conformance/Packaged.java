package conformance.pkg;

import java.util.function.Supplier;

/** A program in a named package: class names, nested classes, lambdas and stack traces carry the package. */
public class Packaged {
    enum Mode { ON, OFF }
    record Point(int x, int y) { }
    interface Shape { String name(); }
    static class Square implements Shape { public String name() { return getClass().getName(); } }
    static void fail(int n) {
        if (n == 0) throw new IllegalStateException("bottom");
        fail(n - 1);
    }
    public static void main(String[] args) {
        Object[] things = {new Packaged(), Mode.ON, new Point(1, 2), new Square(), new Square[0], new Point[1][1], (Shape) () -> "l"};
        for (Object o : things) {
            String name = o.getClass().getName();
            System.out.println((name.contains("$$Lambda") ? "lambda" : name) + " " + (name.contains("$$Lambda") ? "" : o.getClass().getSimpleName()) + " " + (o.getClass().isArray() ? o.getClass().getComponentType().getName() : ""));
        }
        System.out.println(new Point(3, 4) + " " + Mode.valueOf("OFF").getDeclaringClass().getName() + " " + new Square().name() + " " + Packaged.class + " " + Shape.class + " " + Packaged.class.getCanonicalName() + " " + Point.class.getCanonicalName());
        System.out.println(new Packaged().toString().startsWith("conformance.pkg.Packaged@"));
        try {
            fail(2);
        } catch (IllegalStateException e) {
            StringBuilder b = new StringBuilder();
            for (StackTraceElement el : e.getStackTrace()) {
                if (!el.getClassName().startsWith("conformance.")) break;
                b.append(el).append(" | ").append(el.getClassName()).append(' ').append(el.getMethodName()).append(' ').append(el.getFileName()).append(' ').append(el.getLineNumber()).append('\n');
            }
            System.out.print(b);
        }
        Supplier<String> s = () -> {
            StackTraceElement top = new Throwable().getStackTrace()[0];
            return top.getClassName() + "." + top.getMethodName() + ":" + top.getLineNumber();
        };
        System.out.println(s.get());
    }
}
