package io.implementa.notification.template;

import io.implementa.notification.recipient.Channel;
import io.implementa.notification.rule.BuiltInRule;
import io.implementa.notification.rule.MessageRenderer;
import io.implementa.notification.template.TemplateApi.SaveTemplateRequest;
import io.implementa.notification.template.TemplateApi.TemplateView;
import io.implementa.platform.http.Problem.FieldError;
import io.implementa.platform.http.ProblemException;
import io.implementa.platform.security.Caller;
import io.quarkus.qute.TemplateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The templates of each event type and channel: the built-in ones, or an override saved through the API once it
 * renders against a sample of the event.
 */
@ApplicationScoped
public class Templates {

    private final MessageRenderer renderer;
    private final SampleEvents samples;
    private final Caller caller;
    private final Clock clock;

    public Templates(MessageRenderer renderer, SampleEvents samples, Caller caller, Clock clock) {
        this.renderer = renderer;
        this.samples = samples;
        this.caller = caller;
        this.clock = clock;
    }

    public TemplateView find(String eventType, Channel channel) {
        BuiltInRule rule = ruleOf(eventType, channel);
        return TemplateOverride.find(eventType, channel).map(Templates::view).orElseGet(() -> builtIn(rule, channel));
    }

    /** Saves the override if every part renders against the sample event; 422 naming each part that does not. */
    @Transactional
    public TemplateView save(String eventType, Channel channel, SaveTemplateRequest request) {
        BuiltInRule rule = ruleOf(eventType, channel);
        if (channel != Channel.EMAIL && request.html() != null) {
            throw new ProblemException.Unprocessable("html", "is for the EMAIL channel only");
        }
        Map<String, Object> sample = samples.dataFor(rule);
        List<FieldError> errors = new ArrayList<>();
        check("subject", request.subject(), false, sample, errors);
        check("text", request.text(), false, sample, errors);
        if (request.html() != null) {
            check("html", request.html(), true, sample, errors);
        }
        if (!errors.isEmpty()) {
            throw new ProblemException.Unprocessable(errors.size() == 1
                    ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " templates do not render", errors);
        }
        TemplateOverride override = TemplateOverride.find(eventType, channel)
                .orElseGet(() -> TemplateOverride.of(eventType, channel));
        override.subject = request.subject();
        override.text = request.text();
        override.html = request.html();
        override.changedBy = caller.subject();
        override.updatedAt = clock.instant();
        if (!override.isPersistent()) {
            override.persist();
        }
        override.flush();
        return view(override);
    }

    /** Goes back to the built-in templates; whether there was an override. */
    @Transactional
    public boolean reset(String eventType, Channel channel) {
        ruleOf(eventType, channel);
        return TemplateOverride.delete("eventType = ?1 and channel = ?2", eventType, channel) > 0;
    }

    private void check(String field, String source, boolean html, Map<String, Object> sample,
            List<FieldError> errors) {
        try {
            renderer.renderSource(source, html, sample);
        } catch (TemplateException e) {
            errors.add(new FieldError(field, "does not render against a sample event: " + e.getMessage()));
        }
    }

    private static BuiltInRule ruleOf(String eventType, Channel channel) {
        BuiltInRule rule = BuiltInRule.forEventType(eventType)
                .orElseThrow(() -> new ProblemException.NotFound("template for event type", eventType));
        if (channel == Channel.WEBHOOK) {
            throw new ProblemException.Unprocessable("channel", "webhooks carry the event itself, not a template");
        }
        return rule;
    }

    private static TemplateView builtIn(BuiltInRule rule, Channel channel) {
        return new TemplateView(rule.eventType(), channel, "BUILT_IN", source(rule, "subject"), source(rule, "text"),
                channel == Channel.EMAIL ? source(rule, "html") : null, null, null, 0);
    }

    /** The built-in template's text, as shipped under {@code templates/notification/<EventName>/}. */
    private static String source(BuiltInRule rule, String part) {
        String file = "templates/notification/" + rule.templateName() + "/" + part
                + (part.equals("html") ? ".html" : ".txt");
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateView view(TemplateOverride o) {
        return new TemplateView(o.eventType, o.channel, "OVERRIDE", o.subject, o.text, o.html, o.changedBy,
                o.updatedAt, o.version);
    }
}
