package org.projectnexus.accounts;

import java.util.EnumSet;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Promotes the configured bootstrap admins that already exist (registration handles new ones). */
@Component
class BootstrapAdmins implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmins.class);

    private final AccountsProperties properties;
    private final MemberRepository members;
    private final AuditTrail audit;
    private final TransactionTemplate transaction;

    BootstrapAdmins(
            AccountsProperties properties,
            MemberRepository members,
            AuditTrail audit,
            TransactionTemplate transaction) {
        this.properties = properties;
        this.members = members;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (var handle : properties.bootstrapAdmins()) {
            transaction.executeWithoutResult(status -> members.findByHandle(handle.strip())
                    .filter(member -> !member.roles().contains(MemberRole.ADMIN))
                    .ifPresent(member -> {
                        var roles = EnumSet.copyOf(member.roles());
                        roles.add(MemberRole.ADMIN);
                        members.update(member.withRoles(roles, member.updatedAt()));
                        audit.record(null, "member.bootstrap-admin", "member:" + member.handle(), Map.of());
                        log.info("Made {} an admin (nexus.accounts.bootstrap-admins)", member.handle());
                    }));
        }
    }
}
