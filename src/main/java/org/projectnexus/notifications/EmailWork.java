package org.projectnexus.notifications;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.projectnexus.accounts.Members;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.notifications.NotificationRepository.Notification;
import org.projectnexus.shared.WorkHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends notification and digest emails (plain text and HTML from templates, with an unsubscribe
 * link and {@code List-Unsubscribe} header). At most once per email: a delivery is claimed in the
 * database before sending, so a redelivered job finds it and stops. Through SMTP when
 * {@code NEXUS_MAIL_HOST} is set; otherwise the email is written to the log (local runs).
 */
@Component
class EmailWork implements WorkHandler<EmailJob> {

    private static final Logger log = LoggerFactory.getLogger(EmailWork.class);
    private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

    private final NotificationRepository repository;
    private final Members members;
    private final Unsubscribe unsubscribe;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MeterRegistry meters;
    private final Clock clock;
    private final String baseUrl;
    private final String from;
    private final Map<String, Template> templates = new HashMap<>();

    EmailWork(
            NotificationRepository repository,
            Members members,
            Unsubscribe unsubscribe,
            ObjectProvider<JavaMailSender> mailSender,
            MeterRegistry meters,
            Clock clock,
            @Value("${nexus.public-url:http://localhost:8080}") String baseUrl,
            @Value("${nexus.mail.from:Project Nexus <no-reply@projectnexus.local>}") String from) {
        this.repository = repository;
        this.members = members;
        this.unsubscribe = unsubscribe;
        this.mailSender = mailSender;
        this.meters = meters;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.from = from;
        var text = Mustache.compiler().escapeHTML(false).defaultValue("");
        var html = Mustache.compiler().defaultValue("");
        for (var name : List.of("notification", "digest")) {
            templates.put(name + ".txt", load(text, name + ".txt"));
            templates.put(name + ".html", load(html, name + ".html"));
        }
    }

    private static Template load(Mustache.Compiler compiler, String name) {
        var resource = new ClassPathResource("templates/email/" + name + ".mustache");
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Email template " + name + " is missing", e);
        }
    }

    @Override
    public String queue() {
        return Notifier.EMAIL_QUEUE;
    }

    @Override
    public Class<EmailJob> type() {
        return EmailJob.class;
    }

    @Override
    public void handle(EmailJob job) {
        if (job.notificationId() != null) {
            notification(job);
        } else {
            digest(job);
        }
    }

    private void notification(EmailJob job) {
        var notification = repository.find(job.notificationId()).orElse(null);
        if (notification == null || repository.emailMode(notification.memberId()) != EmailMode.IMMEDIATE) {
            return; // gone, or the member changed their mind since
        }
        var contact = members.contact(notification.memberId()).orElse(null);
        if (contact == null) {
            return;
        }
        var model = base(contact, notification.memberId());
        model.put("title", notification.title());
        model.put("link", link(notification));
        send(job, notification.memberId(), contact.email(), notification.title(), "notification", model);
    }

    private void digest(EmailJob job) {
        var contact = members.contact(job.memberId()).orElse(null);
        if (contact == null) {
            return;
        }
        var notifications = repository.unreadBetween(job.memberId(), job.from(), job.to());
        if (notifications.isEmpty()) {
            return;
        }
        var newEntries = new ArrayList<Map<String, String>>();
        var activity = new ArrayList<Map<String, String>>();
        for (var n : notifications) {
            (n.type() == NotificationType.NEW_ENTRY || n.type() == NotificationType.IMPORTED ? newEntries : activity)
                    .add(Map.of("title", n.title(), "link", link(n)));
        }
        var model = base(contact, job.memberId());
        model.put("period", job.digest());
        model.put("count", notifications.size());
        model.put("newEntries", newEntries);
        model.put("activity", activity);
        model.put("hasNewEntries", !newEntries.isEmpty());
        model.put("hasActivity", !activity.isEmpty());
        var subject = "Your " + job.digest() + " Project Nexus digest: " + notifications.size() + " new";
        send(job, job.memberId(), contact.email(), subject, "digest", model);
    }

    private Map<String, Object> base(Members.Contact contact, java.util.UUID memberId) {
        var model = new HashMap<String, Object>();
        model.put("name", contact.displayName());
        model.put("settingsLink", baseUrl + "/api/v1/me/notification-settings");
        model.put("unsubscribeLink", unsubscribeLink(memberId));
        return model;
    }

    String unsubscribeLink(java.util.UUID memberId) {
        return baseUrl + "/api/v1/notifications/unsubscribe?token=" + unsubscribe.token(memberId);
    }

    /** Where the email sends the reader: the entry, the importer's hub, or the notifications. */
    private String link(Notification n) {
        if (n.entryId() != null) {
            return baseUrl + "/api/v1/entries/" + n.entryId();
        }
        var actor = n.type() == NotificationType.IMPORTED && n.actorId() != null
                ? members.findAllById(List.of(n.actorId())).get(n.actorId())
                : null;
        return actor == null
                ? baseUrl + "/api/v1/me/notifications"
                : baseUrl + "/api/v1/members/" + actor.handle() + "/hub";
    }

    private void send(
            EmailJob job,
            java.util.UUID memberId,
            String to,
            String subject,
            String template,
            Map<String, Object> model) {
        var key = job.deliveryKey();
        var now = clock.instant();
        if (!repository.claimDelivery(key, memberId, now, now.minus(CLAIM_TIMEOUT))) {
            log.debug("Email {} already sent or being sent", key);
            return;
        }
        var text = templates.get(template + ".txt").execute(model);
        var html = templates.get(template + ".html").execute(model);
        var sender = mailSender.getIfAvailable();
        try {
            if (sender == null) {
                log.info("Email (no NEXUS_MAIL_HOST, so not sent) to {}: {}\n{}", to, subject, text);
            } else {
                var message = sender.createMimeMessage();
                var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(to);
                helper.setSubject(subject);
                helper.setText(text, html);
                message.setHeader("List-Unsubscribe", "<" + model.get("unsubscribeLink") + ">");
                message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                sender.send(message);
            }
        } catch (MessagingException | RuntimeException e) {
            // Give the claim back, so the retry of this job can send it.
            repository.release(key);
            emails(template, "failed");
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
        }
        repository.delivered(key, clock.instant());
        emails(template, sender == null ? "logged" : "sent");
    }

    /** {@code nexus_emails_total} by kind (notification, digest) and outcome (sent, failed, logged). */
    private void emails(String kind, String outcome) {
        meters.counter("nexus.emails", "kind", kind, "outcome", outcome).increment();
    }
}
