package io.smsdocs.core.template;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;
import freemarker.ext.beans.BeansWrapper;

import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The one FreeMarker configuration smsdocs uses. Templates may come from third-party packs, so they
 * get no way to create objects ({@code ?new}), reach the Java API ({@code ?api}) or call methods of
 * model objects: the model is plain maps, lists, strings and numbers.
 */
public final class SafeConfiguration {

    public static final String LIBRARY = "/lib/sms.ftl";

    private SafeConfiguration() {
    }

    /** A configuration that loads templates through the lookup chain, in its order: layer first, language second. */
    public static Configuration create(TemplateSourceChain chain) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(chain);
        cfg.setTemplateLookupStrategy(chain.lookupStrategy());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        // A set in another language looks for language-specific fragments (sms-plan.md_de.ftl) layer by layer:
        // the chain's lookup strategy decides the order, FreeMarker only passes it the locale (which it does
        // while localized lookup is on). English sets render with the root locale and look up plain names.
        cfg.setLocalizedLookup(true);
        cfg.setTemplateUpdateDelayMilliseconds(0); // a cached configuration must see edited templates at once
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setRegisteredCustomOutputFormats(List.of(MarkdownOutputFormat.INSTANCE));
        cfg.setOutputFormat(MarkdownOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setWhitespaceStripping(true);
        cfg.addAutoImport("sms", LIBRARY);
        cfg.setObjectWrapper(objectWrapper());
        return cfg;
    }

    /** Wraps maps, lists, strings and numbers; exposes no method of any other object. */
    public static freemarker.template.ObjectWrapper objectWrapper() {
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        return wrapper.build();
    }
}
