package org.concordance.web;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders {@code templates/NAME.html} from the classpath. A {@link WebContext} per request makes
 * {@code @{/…}} links work. Templates are parsed once and cached; the engine is thread-safe.
 */
public final class ThymeleafRenderer implements FileRenderer {
    private final TemplateEngine engine = new TemplateEngine();

    public ThymeleafRenderer() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        JakartaServletWebApplication application = JakartaServletWebApplication.buildApplication(ctx.req().getServletContext());
        WebContext context = new WebContext(application.buildExchange(ctx.req(), ctx.res()));
        context.setVariables(Map.copyOf(model));
        return engine.process(template, context);
    }
}
