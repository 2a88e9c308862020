package io.smsdocs.core.model;

import freemarker.template.SimpleSequence;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code mergeRows(rows)} for the macro library: responsibility rows of the same role become one row,
 * in linear time. (In the template language the same merge is quadratic, which hundreds of roles feel.)
 * Exposes nothing but this one function.
 */
final class MergeRowsFunction implements TemplateMethodModelEx {

    private static final freemarker.template.ObjectWrapper WRAPPER = io.smsdocs.core.template.SafeConfiguration.objectWrapper();

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateSequenceModel rows)) {
            throw new TemplateModelException("mergeRows takes one list of {role, duties} rows");
        }
        Map<String, TemplateModel> roles = new LinkedHashMap<>();
        Map<String, List<String>> duties = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!(rows.get(i) instanceof TemplateHashModel row) || !(row.get("role") instanceof TemplateHashModel role)) {
                throw new TemplateModelException("mergeRows: row " + (i + 1) + " has no role");
            }
            String id = text(role.get("id"));
            roles.putIfAbsent(id, role);
            duties.computeIfAbsent(id, key -> new ArrayList<>()).add(text(row.get("duties")));
        }
        SimpleSequence merged = new SimpleSequence(WRAPPER);
        roles.forEach((id, role) -> merged.add(Map.of("role", role, "duties", String.join(" ", duties.get(id)))));
        return merged;
    }

    private static String text(TemplateModel model) throws TemplateModelException {
        return model instanceof TemplateScalarModel scalar ? scalar.getAsString() : "";
    }
}
