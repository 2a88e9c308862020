package io.smsdocs.core.template;

/** Compares dotted version stamps such as 1.0.0 and 1.2. */
final class PackVersions {

    private PackVersions() {
    }

    static boolean older(String version, String than) {
        String[] a = version.split("\\.");
        String[] b = than.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? number(a[i]) : 0;
            int y = i < b.length ? number(b[i]) : 0;
            if (x != y) {
                return x < y;
            }
        }
        return false;
    }

    private static int number(String part) {
        try {
            return Integer.parseInt(part.replaceAll("\\D.*$", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
