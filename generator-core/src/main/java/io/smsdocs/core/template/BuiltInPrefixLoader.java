package io.smsdocs.core.template;

import freemarker.cache.TemplateLoader;

import java.io.IOException;
import java.io.Reader;

/**
 * Serves the built-in pack under {@code builtin/}, so that an override can include the template it
 * replaces: {@code <#include "/builtin/documents/sms-scope.md.ftl">}.
 */
final class BuiltInPrefixLoader implements TemplateLoader {

    private final TemplateLoader builtIn;

    BuiltInPrefixLoader(TemplateLoader builtIn) {
        this.builtIn = builtIn;
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        return name.startsWith(TemplateRepository.BUILT_IN_PREFIX)
                ? builtIn.findTemplateSource(name.substring(TemplateRepository.BUILT_IN_PREFIX.length())) : null;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return builtIn.getLastModified(templateSource);
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return builtIn.getReader(templateSource, encoding);
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        builtIn.closeTemplateSource(templateSource);
    }
}
