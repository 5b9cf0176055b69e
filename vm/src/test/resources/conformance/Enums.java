public class Enums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        SUB("-") { int apply(int a, int b) { return a - b; } @Override public String toString() { return "minus"; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };
        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
    }
    interface Describable { String describe(); }
    enum Level implements Describable {
        LOW, MEDIUM, HIGH;
        static final Level DEFAULT = MEDIUM;
        static int created;
        public String describe() { return name().toLowerCase() + "#" + ordinal(); }
        Level up() { return this == HIGH ? HIGH : values()[ordinal() + 1]; }
    }
    enum Empty { }
    enum Single { ONLY; int counter; }
    static String sw(Level l) {
        switch (l) {
            case LOW: return "low";
            case HIGH: return "high";
            default: return "default";
        }
    }
    static int arrow(Op op) {
        return switch (op) { case ADD -> 1; case SUB -> 2; case MUL -> 3; };
    }
    static String fallthrough(Level l) {
        StringBuilder b = new StringBuilder();
        switch (l) {
            case LOW: b.append("L");
            case MEDIUM: b.append("M");
            case HIGH: b.append("H");
        }
        return b.toString();
    }
    public static void main(String[] args) {
        for (Planet p : Planet.values()) System.out.println(p + " " + p.ordinal() + " " + p.name() + " " + p.surfaceGravity());
        for (Op op : Op.values()) System.out.println(op + " " + op.name() + " " + op.sym + " " + op.apply(6, 3) + " " + arrow(op) + " " + (op.getClass() == Op.class) + " " + (op.getDeclaringClass() == Op.class) + " " + op.getDeclaringClass().getName());
        for (Level l : Level.values()) System.out.println(l.describe() + " " + sw(l) + " " + fallthrough(l) + " " + l.up() + " " + l.compareTo(Level.MEDIUM) + " " + l.equals(Level.LOW) + " " + (l == Level.valueOf(l.name())) + " " + (l.hashCode() == l.hashCode()));
        System.out.println(Level.DEFAULT + " " + Empty.values().length + " " + Single.ONLY + " " + Single.valueOf("ONLY").ordinal());
        Level[] vs = Level.values();
        vs[0] = null;
        System.out.println(Level.values()[0] + " " + (Level.values() != Level.values()));
        try { Level.valueOf("NONE"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Level.valueOf(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { Op.valueOf("add"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        System.out.println(Enum.valueOf(Level.class, "HIGH") + " " + Op.valueOf("SUB") + " " + Op.valueOf("SUB").name());
        Level nothing = null;
        try { sw(nothing); } catch (NullPointerException e) { System.out.println("switch on null enum: NPE"); }
        Single.ONLY.counter++;
        Single.ONLY.counter++;
        System.out.println(Single.ONLY.counter);
        Describable d = Level.HIGH;
        Comparable<Level> cmp = Level.LOW;
        System.out.println(d.describe() + " " + cmp.compareTo(Level.HIGH) + " " + (d instanceof Enum) + " " + Level.class.getSuperclass().getName() + " " + Level.LOW.getClass().getName() + " " + Op.ADD.getClass().getSuperclass().getName());
        @SuppressWarnings({"rawtypes", "unchecked"})
        Comparable raw = Level.LOW;
        try { System.out.println(raw.compareTo(Op.ADD)); } catch (ClassCastException e) { System.out.println("CCE comparing enums of two types " + e.getMessage()); }
        System.out.println(Op.ADD.compareTo(Op.MUL) + " " + Op.SUB.compareTo(Op.ADD));
        // enum in a string switch key and a nested switch
        int score = 0;
        for (Level l : Level.values()) {
            switch (l) {
                case LOW -> score += 1;
                case MEDIUM -> {
                    switch (l.name()) {
                        case "MEDIUM" -> score += 10;
                        default -> score += 1000;
                    }
                }
                default -> score += 100;
            }
        }
        System.out.println(score);
    }
}
