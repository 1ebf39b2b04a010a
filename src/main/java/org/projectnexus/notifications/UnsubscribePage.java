package org.projectnexus.notifications;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The page an unsubscribe link opens: a confirmation with a button (a GET never unsubscribes, as
 * mail scanners follow links), what the button did, or why the link is not valid. Plain HTML, no
 * script, from one Mustache template.
 */
@Component
class UnsubscribePage {

    private final Template template;

    UnsubscribePage() {
        var resource = new ClassPathResource("templates/notifications/unsubscribe.html.mustache");
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            template = Mustache.compiler().defaultValue("").compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("The unsubscribe page template is missing", e);
        }
    }

    ResponseEntity<String> confirm(String handle, String token) {
        return page(
                HttpStatus.OK,
                Map.of("heading", "Unsubscribe from emails", "confirm", true, "handle", handle, "token", token));
    }

    ResponseEntity<String> done() {
        return page(HttpStatus.OK, Map.of("heading", "You are unsubscribed", "done", true));
    }

    ResponseEntity<String> invalid() {
        return page(HttpStatus.BAD_REQUEST, Map.of("heading", "This link is not valid", "invalid", true));
    }

    private ResponseEntity<String> page(HttpStatus status, Map<String, Object> model) {
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noStore())
                .header("Referrer-Policy", "no-referrer")
                .body(template.execute(model));
    }
}
