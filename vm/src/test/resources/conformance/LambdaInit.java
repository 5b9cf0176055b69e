public class LambdaInit {
    static int mark(String s) { System.out.println("init " + s); return 1; }
    interface WithDefault { int X = mark("WithDefault"); int f(); default int g() { return f() + 1; } }
    interface NoDefault { int Y = mark("NoDefault"); int f(); }
    interface Child extends WithDefault { int Z = mark("Child"); }
    public static void main(String[] args) {
        System.out.println("start");
        NoDefault n = () -> 1;
        System.out.println("made NoDefault " + n.f());
        WithDefault w = () -> 2;
        System.out.println("made WithDefault " + w.g());
        Child c = () -> 3;
        System.out.println("made Child " + c.g());
        System.out.println(NoDefault.Y + Child.Z);
    }
}
