package org.concordance.web;

import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders {@code templates/NAME.html} from the classpath. Templates are parsed once and cached; the
 * engine is thread-safe. Pages need nothing from the request to render: the site lives at the root
 * of its address, so {@code @{/…}} links are the path itself, and a page can be rendered anywhere
 * (a cache, Jetty's own error handler) without a servlet request.
 */
public final class ThymeleafRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    public ThymeleafRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        // Parsed templates and expressions are held strongly: they are few (a few hundred entries,
        // well under a megabyte), and with the default soft references a busy, small heap drops
        // them and every request parses its templates again (the search page ran at a quarter of its speed).
        StandardCacheManager caches = new StandardCacheManager();
        caches.setTemplateCacheUseSoftReferences(false);
        caches.setTemplateCacheMaxSize(1_000);
        caches.setExpressionCacheUseSoftReferences(false);
        caches.setExpressionCacheMaxSize(5_000);
        engine.setCacheManager(caches);
        engine.setLinkBuilder(new RootLinkBuilder());
    }

    /** The page {@code template} with {@code model}. */
    public String render(String template, Map<String, ?> model) {
        Context context = new Context(java.util.Locale.ENGLISH);
        context.setVariables(Map.copyOf(model));
        return engine.process(template, context);
    }

    /** Context-relative links ({@code @{/works}}) without a servlet context: the site's context path is always empty. */
    private static final class RootLinkBuilder extends StandardLinkBuilder {
        @Override
        protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
            return "";
        }
    }
}
