package org.projectnexus.accounts;

import java.util.Map;

/** Records privileged actions for {@code GET /admin/audit-log}; every module's moderators use it. */
public interface AuditTrail {

    /**
     * @param actor who did it ({@code null} for the system itself, e.g. theft detection)
     * @param action a stable verb such as {@code member.suspended}
     * @param target what it was done to, e.g. {@code member:alice}
     */
    void record(CurrentMember actor, String action, String target, Map<String, Object> details);
}
