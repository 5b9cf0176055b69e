package gclab.workloads;

/**
 * Builds, splits, searches and concatenates strings: garbage made of char arrays, builders and boxes, plus
 * the number formatting of the library. Argument: lines (default 500).
 */
public final class StringBuilding {
    private StringBuilding() {
    }

    public static void main(String[] args) {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long hash = 17;
        int words = 0;
        String longest = "";
        for (int i = 0; i < lines; i++) {
            StringBuilder b = new StringBuilder();
            for (int w = 0; w < 1 + i % 9; w++) {
                if (w > 0) {
                    b.append(' ');
                }
                b.append("w").append(i * 7 + w).append(w % 2 == 0 ? "-even" : "-odd");
            }
            String line = b.toString() + " " + (i / 3.0) + " " + (long) i * i;
            String[] parts = line.split(" ");
            words += parts.length;
            for (String p : parts) {
                hash = hash * 31 + p.hashCode();
                if (p.length() > longest.length()) {
                    longest = p;
                }
            }
            if (line.contains("7-odd")) {
                hash ^= line.indexOf("7-odd");
            }
            Integer boxed = i;
            hash += boxed.hashCode() + String.valueOf(boxed).length();
        }
        System.out.println("lines " + lines + " words " + words + " longest " + longest + " hash " + hash);
        System.out.println(String.format("%d %s %.3f", lines, longest.toUpperCase(), lines / 7.0));
    }
}
