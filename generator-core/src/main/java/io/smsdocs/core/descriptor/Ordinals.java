package io.smsdocs.core.descriptor;

/** How messages name an item of a list: "the second service, 'pacs'" rather than services[1], counted from one. */
public final class Ordinals {

    private static final String[] WORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
            "ninth", "tenth", "eleventh", "twelfth"};

    private Ordinals() {
    }

    /** @param index the position in the list, counted from zero as in the YAML tree */
    public static String item(String noun, int index, String id) {
        String position = index < WORDS.length ? "the " + WORDS[index] + " " + noun : noun + " " + (index + 1);
        return id == null || id.isBlank() ? position : position + ", '" + id + "'";
    }

    public static String service(int index, String id) {
        return item("service", index, id);
    }
}
