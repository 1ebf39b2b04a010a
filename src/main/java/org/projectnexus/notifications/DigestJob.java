package org.projectnexus.notifications;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.projectnexus.notifications.NotificationRepository.EmailMode;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.projectnexus.shared.WorkQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily and weekly digests (scheduler role; ShedLock makes one replica run each): for every member
 * with that setting, the unread notifications since their last digest — new entries from the
 * members and technologies they follow, and activity around their own — as one email job each.
 */
@Component
@ConditionalOnNexusRole(NexusRole.SCHEDULER)
class DigestJob {

    private static final Logger log = LoggerFactory.getLogger(DigestJob.class);

    private final NotificationRepository repository;
    private final WorkQueue work;
    private final Clock clock;

    DigestJob(NotificationRepository repository, WorkQueue work, Clock clock) {
        this.repository = repository;
        this.work = work;
        this.clock = clock;
    }

    @Scheduled(cron = "${nexus.notifications.daily-digest-cron:0 0 7 * * *}")
    @SchedulerLock(name = "daily-digest", lockAtMostFor = "PT30M")
    void daily() {
        run(EmailMode.DAILY, "daily", Duration.ofDays(1));
    }

    @Scheduled(cron = "${nexus.notifications.weekly-digest-cron:0 0 7 * * MON}")
    @SchedulerLock(name = "weekly-digest", lockAtMostFor = "PT30M")
    void weekly() {
        run(EmailMode.WEEKLY, "weekly", Duration.ofDays(7));
    }

    /** Queues one digest per member with this setting; returns how many were queued. */
    int run(EmailMode mode, String period, Duration window) {
        var now = clock.instant();
        int queued = 0;
        for (var member : repository.membersWithMode(mode)) {
            var from = repository.digestSentUntil(member).orElse(now.minus(window));
            if (repository.unreadBetween(member, from, now).isEmpty()) {
                continue;
            }
            work.submit(Notifier.EMAIL_QUEUE, EmailJob.digest(member, period, from, now));
            repository.digestSent(member, now);
            queued++;
        }
        log.info("{} digest: {} queued", period, queued);
        return queued;
    }
}
