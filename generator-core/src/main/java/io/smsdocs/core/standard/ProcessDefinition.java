package io.smsdocs.core.standard;

/**
 * A service management process: its id in descriptors, and its name and clause in each edition
 * (2011 calls "service availability management" just "availability management").
 */
public record ProcessDefinition(String id, String name, String clause, String clause2011, String name2011) {

    public ProcessDefinition(String id, String name, String clause, String clause2011) {
        this(id, name, clause, clause2011, name);
    }

    public String nameIn(String edition) {
        return "2011".equals(edition) ? name2011 : name;
    }

    public String clauseIn(String edition) {
        return "2011".equals(edition) ? clause2011 : clause;
    }
}
