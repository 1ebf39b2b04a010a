package org.projectnexus.collaboration;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.CursorPage;

/** What pages show of members' activity around entries: discussions and who follows what. */
public interface Community {

    /**
     * The comments of an entry the viewer may see, oldest first, with their parents (threads are
     * built from {@code parentId}); cursor-paginated. 404 for an entry the viewer may not see.
     */
    CursorPage<EntryComment> comments(CurrentMember viewer, UUID entryId, Integer limit, String cursor);

    /** How many members follow each of these members (members without followers are absent). */
    Map<UUID, Integer> followers(Collection<UUID> memberIds);

    /** How many members follow the technology. */
    int technologyFollowers(UUID technologyId);

    /** The technologies most members follow, most followed first (ties by id). */
    List<TechnologyFollowers> mostFollowedTechnologies(int limit);

    /** A technology and how many members follow it. */
    record TechnologyFollowers(UUID technologyId, int followers) {}
}
