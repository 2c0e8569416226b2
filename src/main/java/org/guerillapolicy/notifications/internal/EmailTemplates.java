package org.guerillapolicy.notifications.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders the HTML and plain-text parts of emails from templates under templates/email/notifications.
 * It has its own engine, not a bean, so that the web pages keep Spring Boot's engine and its settings.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class EmailTemplates {

    private static final String FOLDER = "templates/email/notifications/";

    private final SpringTemplateEngine engine = new SpringTemplateEngine();

    EmailTemplates(MessageSource messages) {
        engine.addTemplateResolver(resolver("*.html", TemplateMode.HTML, 1));
        engine.addTemplateResolver(resolver("*.txt", TemplateMode.TEXT, 2));
        engine.setTemplateEngineMessageSource(messages);
    }

    /** The named template ("immediate.html", "digest.txt"...) filled with the given values. */
    String render(String template, Map<String, Object> values) {
        return engine.process(template, new Context(Locale.UK, values));
    }

    private static ClassLoaderTemplateResolver resolver(String pattern, TemplateMode mode, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(FOLDER);
        resolver.setResolvablePatterns(Set.of(pattern));
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setOrder(order);
        resolver.setCheckExistence(true);
        return resolver;
    }
}
