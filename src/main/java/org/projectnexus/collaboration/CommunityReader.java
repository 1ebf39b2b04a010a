package org.projectnexus.collaboration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.CursorPage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link Community} over the comment service and the follow tables. */
@Service
class CommunityReader implements Community {

    private final CollaborationService collaboration;
    private final CollaborationRepository repository;
    private final JdbcClient jdbc;

    CommunityReader(CollaborationService collaboration, CollaborationRepository repository, JdbcClient jdbc) {
        this.collaboration = collaboration;
        this.repository = repository;
        this.jdbc = jdbc;
    }

    @Override
    public CursorPage<EntryComment> comments(CurrentMember viewer, UUID entryId, Integer limit, String cursor) {
        return collaboration
                .comments(viewer, entryId, limit, cursor)
                .map(c -> new EntryComment(
                        c.id(),
                        c.parentId(),
                        c.author() == null ? null : c.author().handle(),
                        c.author() == null ? null : c.author().displayName(),
                        c.author() == null ? null : c.author().track(),
                        c.bodyHtml(),
                        c.deleted(),
                        c.accepted(),
                        c.createdAt(),
                        c.updatedAt()));
    }

    @Override
    public Map<UUID, Integer> followers(Collection<UUID> memberIds) {
        return repository.followerCounts(memberIds);
    }

    @Override
    public int technologyFollowers(UUID technologyId) {
        return jdbc.sql("select count(*) from follow_technology where technology_id = :t")
                .param("t", technologyId)
                .query(Integer.class)
                .single();
    }

    @Override
    public List<TechnologyFollowers> mostFollowedTechnologies(int limit) {
        return jdbc.sql("select technology_id, count(*) as n from follow_technology group by technology_id"
                        + " order by n desc, technology_id limit :limit")
                .param("limit", limit)
                .query((rs, i) -> new TechnologyFollowers(rs.getObject(1, UUID.class), rs.getInt(2)))
                .list();
    }
}
