package org.projectnexus.accounts;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.projectnexus.shared.ConditionalOnNexusRole;
import org.projectnexus.shared.NexusRole;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rotates the keys kept in the database (scheduler role; ShedLock makes one replica do it): a new
 * key every {@code NEXUS_ACCOUNTS_JWT_ROTATION_INTERVAL}, published at once and signing after the
 * activation delay, and old keys dropped once their tokens have expired. Keys from the environment
 * or a directory are the operator's to rotate.
 */
@Component
@ConditionalOnNexusRole(NexusRole.SCHEDULER)
class JwtKeyRotation {

    private final JwtKeySource source;
    private final JwtKeys keys;
    private final Clock clock;

    JwtKeyRotation(JwtKeySource source, JwtKeys keys, Clock clock) {
        this.source = source;
        this.keys = keys;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${nexus.accounts.jwt.rotation-check-interval:PT1H}")
    @SchedulerLock(name = "jwt-key-rotation", lockAtMostFor = "PT5M")
    void run() {
        if (source instanceof DatabaseJwtKeys database) {
            var now = clock.instant();
            var rotated = database.rotate(now, false);
            if (database.retire(now) > 0 || rotated) {
                keys.refresh();
            }
        }
    }
}
