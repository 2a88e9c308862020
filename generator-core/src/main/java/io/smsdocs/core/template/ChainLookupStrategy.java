package io.smsdocs.core.template;

import freemarker.cache.TemplateLookupContext;
import freemarker.cache.TemplateLookupResult;
import freemarker.cache.TemplateLookupStrategy;

import java.io.IOException;
import java.util.Locale;

/**
 * FreeMarker's own localized lookup tries {@code name_de} in every layer before the plain name in any,
 * so a built-in German template would beat a docs repo's override named without a language. This
 * strategy leaves the order to {@link TemplateSourceChain#find} and loads what it found by address.
 */
final class ChainLookupStrategy extends TemplateLookupStrategy {

    private final TemplateSourceChain chain;

    ChainLookupStrategy(TemplateSourceChain chain) {
        this.chain = chain;
    }

    @Override
    public TemplateLookupResult lookup(TemplateLookupContext context) throws IOException {
        Locale locale = context.getTemplateLocale() == null ? Locale.ROOT : context.getTemplateLocale();
        var found = chain.find(context.getTemplateName(), locale);
        return found.isPresent() ? context.lookupWithAcquisitionStrategy(found.get().address()) : context.createNegativeLookupResult();
    }
}
