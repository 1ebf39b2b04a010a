package org.projectnexus.collaboration;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.accounts.MemberSummary;
import org.projectnexus.accounts.Members;
import org.projectnexus.accounts.Track;
import org.projectnexus.collaboration.CollaborationRepository.Comment;
import org.projectnexus.collaboration.CollaborationRepository.Feedback;
import org.projectnexus.entries.Engagement;
import org.projectnexus.entries.Entries;
import org.projectnexus.entries.EntryKind;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.Markdown;
import org.projectnexus.shared.ProblemException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments, reactions, accepted solutions and API-design feedback. Every change recomputes the
 * entry's engagement (counts, accepted solution, feedback averages) under a per-entry lock and
 * hands it to the entries module in the same transaction, so lists never show stale counts.
 */
@Service
class CollaborationService {

    static final int MAX_COMMENT_BYTES = 20 * 1024;
    static final int MAX_FEEDBACK_BYTES = 20 * 1024;

    /** A comment as the API shows it; a deleted one keeps its place with no text. */
    record CommentView(
            String id,
            String entryId,
            String parentId,
            Author author,
            String body,
            String bodyHtml,
            boolean deleted,
            boolean accepted,
            int version,
            Instant createdAt,
            Instant updatedAt) {}

    record Author(String handle, String displayName, Track track) {}

    record FeedbackView(
            Author reviewer,
            boolean frontendReviewer,
            int clarity,
            int consistency,
            int documentation,
            int errorHandling,
            String text,
            String textHtml,
            Instant createdAt,
            Instant updatedAt) {}

    record FeedbackPage(Engagement.FeedbackSummary summary, List<FeedbackView> items, String nextCursor) {}

    record Rubric(int clarity, int consistency, int documentation, int errorHandling, String text) {}

    private final CollaborationRepository repository;
    private final Entries entries;
    private final Members members;
    private final Markdown markdown;
    private final CursorCodec cursors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CollaborationService(
            CollaborationRepository repository,
            Entries entries,
            Members members,
            Markdown markdown,
            CursorCodec cursors,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.entries = entries;
        this.members = members;
        this.markdown = markdown;
        this.cursors = cursors;
        this.events = events;
        this.clock = clock;
    }

    private Entries.EntryRef entry(CurrentMember viewer, UUID entryId) {
        return entries.visibleRef(viewer, entryId)
                .orElseThrow(() -> ProblemException.notFound("No entry " + entryId + "."));
    }

    /** Comments are for public entries: a draft is its author's alone. */
    private Entries.EntryRef publicEntry(CurrentMember viewer, UUID entryId) {
        var entry = entry(viewer, entryId);
        if (!entry.isPublic()) {
            throw ProblemException.conflict(
                    "entry-not-public", "The entry is a draft; publish it before others can respond to it.");
        }
        return entry;
    }

    // --- comments --------------------------------------------------------------------------------

    @Transactional
    CommentView comment(CurrentMember me, UUID entryId, String body, UUID parentId) {
        var entry = publicEntry(me, entryId);
        checkBody("body", body, MAX_COMMENT_BYTES);
        UUID parentAuthor = null;
        if (parentId != null) {
            var parent = repository
                    .comment(parentId)
                    .filter(c -> c.entryId().equals(entryId))
                    .orElseThrow(() -> ProblemException.invalid("parentId", "is not a comment of this entry"));
            if (parent.deleted()) {
                throw ProblemException.invalid("parentId", "was deleted; reply to the thread instead");
            }
            parentAuthor = parent.authorId();
        }
        repository.lockEntry(entryId);
        var now = clock.instant();
        var comment =
                new Comment(Ids.newId(), entryId, me.id(), parentId, body, markdown.toHtml(body), 1, now, now, null);
        repository.insertComment(comment);
        refresh(entryId);
        var mentions = new ArrayList<>(markdown.mentions(body));
        mentions.remove(me.handle().toLowerCase(Locale.ROOT));
        events.publishEvent(new CommentPosted(
                comment.id(), entryId, entry.title(), entry.authorId(), me.id(), parentAuthor, List.copyOf(mentions)));
        return view(comment, members.findAllById(List.of(me.id())), null);
    }

    CursorPage<CommentView> comments(CurrentMember viewer, UUID entryId, Integer limit, String cursor) {
        entry(viewer, entryId);
        var slice = cursors.timeKeyset(
                limit,
                cursor,
                "comments|" + entryId,
                (afterTime, afterId, size) -> repository.comments(entryId, afterTime, afterId, size),
                Comment::createdAt,
                Comment::id);
        var authors = members.findAllById(
                slice.items().stream().map(Comment::authorId).collect(Collectors.toSet()));
        var accepted = repository.accepted(entryId).map(a -> a.commentId()).orElse(null);
        return slice.map(c -> view(c, authors, accepted));
    }

    @Transactional
    CommentView edit(CurrentMember me, UUID commentId, String body) {
        var current = repository
                .comment(commentId)
                .filter(c -> !c.deleted())
                .orElseThrow(() -> ProblemException.notFound("No comment " + commentId + "."));
        if (!current.authorId().equals(me.id())) {
            throw ProblemException.forbidden("Only the author can edit a comment.");
        }
        checkBody("body", body, MAX_COMMENT_BYTES);
        if (!repository.editComment(current, body, markdown.toHtml(body), clock.instant())) {
            throw ProblemException.conflict("comment-changed", "The comment changed meanwhile; reload and edit again.");
        }
        var saved = repository.comment(commentId).orElseThrow();
        var accepted =
                repository.accepted(saved.entryId()).map(a -> a.commentId()).orElse(null);
        return view(saved, members.findAllById(List.of(me.id())), accepted);
    }

    List<CollaborationRepository.Revision> revisions(CurrentMember viewer, UUID commentId) {
        var comment = repository
                .comment(commentId)
                .orElseThrow(() -> ProblemException.notFound("No comment " + commentId + "."));
        entry(viewer, comment.entryId());
        if (comment.deleted()
                && (viewer == null || !(viewer.isModerator() || viewer.id().equals(comment.authorId())))) {
            throw ProblemException.notFound("No comment " + commentId + ".");
        }
        return repository.commentRevisions(commentId);
    }

    @Transactional
    void delete(CurrentMember me, UUID commentId) {
        var current = repository
                .comment(commentId)
                .filter(c -> !c.deleted())
                .orElseThrow(() -> ProblemException.notFound("No comment " + commentId + "."));
        if (!current.authorId().equals(me.id()) && !me.isModerator()) {
            throw ProblemException.forbidden("Only the author, a mentor or an admin can delete a comment.");
        }
        repository.lockEntry(current.entryId());
        repository.deleteComment(current, clock.instant());
        repository
                .accepted(current.entryId())
                .filter(a -> a.commentId().equals(commentId))
                .ifPresent(a -> repository.unaccept(current.entryId()));
        refresh(current.entryId());
    }

    private CommentView view(Comment c, Map<UUID, MemberSummary> authors, UUID acceptedId) {
        var author = authors.get(c.authorId());
        return new CommentView(
                c.id().toString(),
                c.entryId().toString(),
                c.parentId() == null ? null : c.parentId().toString(),
                c.deleted() || author == null ? null : author(author),
                c.deleted() ? null : c.body(),
                c.deleted() ? null : c.bodyHtml(),
                c.deleted(),
                c.id().equals(acceptedId),
                c.version(),
                c.createdAt(),
                c.updatedAt());
    }

    // --- accepted solution -----------------------------------------------------------------------

    @Transactional
    Engagement accept(CurrentMember me, UUID entryId, UUID commentId) {
        var entry = publicEntry(me, entryId);
        if (entry.kind() != EntryKind.CHALLENGE) {
            throw ProblemException.invalid("entry", "only a CHALLENGE has an accepted solution");
        }
        if (!entry.authorId().equals(me.id()) && !me.isModerator()) {
            throw ProblemException.forbidden(
                    "Only the challenge's author, a mentor or an admin can accept a solution.");
        }
        var comment = repository
                .comment(commentId)
                .filter(c -> c.entryId().equals(entryId) && !c.deleted())
                .orElseThrow(() -> ProblemException.invalid("commentId", "is not a comment of this entry"));
        repository.lockEntry(entryId);
        // A mentor's mark is an endorsement, even on their own challenge: they vouch for it.
        var endorsed = me.isModerator();
        repository.accept(entryId, commentId, me.id(), endorsed, clock.instant());
        var engagement = refresh(entryId);
        events.publishEvent(
                new SolutionAccepted(entryId, entry.title(), commentId, comment.authorId(), me.id(), endorsed));
        return engagement;
    }

    @Transactional
    void unaccept(CurrentMember me, UUID entryId) {
        var entry = publicEntry(me, entryId);
        if (!entry.authorId().equals(me.id()) && !me.isModerator()) {
            throw ProblemException.forbidden("Only the challenge's author, a mentor or an admin can do this.");
        }
        repository.lockEntry(entryId);
        repository.unaccept(entryId);
        refresh(entryId);
    }

    // --- reactions -------------------------------------------------------------------------------

    @Transactional
    Engagement react(CurrentMember me, UUID entryId, ReactionType type, boolean on) {
        var entry = publicEntry(me, entryId);
        if (entry.authorId().equals(me.id())) {
            throw ProblemException.invalid("entry", "you cannot react to your own entry");
        }
        if (type == ReactionType.SAME_HERE && entry.kind() != EntryKind.CHALLENGE) {
            throw ProblemException.invalid("type", "same-here is for CHALLENGE entries (\"I faced this too\")");
        }
        repository.lockEntry(entryId);
        var changed = on
                ? repository.react(entryId, me.id(), type, clock.instant())
                : repository.unreact(entryId, me.id(), type);
        return changed ? refresh(entryId) : engagement(entryId);
    }

    // --- feedback --------------------------------------------------------------------------------

    /** Creates or replaces the caller's feedback; true when it was new. */
    @Transactional
    boolean feedback(CurrentMember me, UUID entryId, Rubric rubric) {
        var entry = publicEntry(me, entryId);
        if (entry.kind() != EntryKind.PROJECT) {
            throw ProblemException.invalid("entry", "API-design feedback is for PROJECT entries");
        }
        if (entry.authorId().equals(me.id())) {
            throw ProblemException.invalid("entry", "you cannot review your own project");
        }
        checkBody("text", rubric.text(), MAX_FEEDBACK_BYTES);
        repository.lockEntry(entryId);
        var now = clock.instant();
        var created = repository.saveFeedback(new Feedback(
                entryId,
                me.id(),
                rubric.clarity(),
                rubric.consistency(),
                rubric.documentation(),
                rubric.errorHandling(),
                rubric.text(),
                markdown.toHtml(rubric.text()),
                now,
                now));
        refresh(entryId);
        events.publishEvent(new FeedbackGiven(entryId, entry.title(), entry.authorId(), me.id(), !created));
        return created;
    }

    FeedbackPage feedbackOf(CurrentMember viewer, UUID entryId, Integer limit, String cursor) {
        entry(viewer, entryId);
        var slice = cursors.timeKeyset(
                limit,
                cursor,
                "feedback|" + entryId,
                (afterTime, afterId, size) -> repository.feedback(entryId, afterTime, afterId, size),
                Feedback::updatedAt,
                Feedback::reviewerId);
        var reviewers = members.findAllById(
                slice.items().stream().map(Feedback::reviewerId).collect(Collectors.toSet()));
        var items = slice.items().stream()
                .map(f -> {
                    var reviewer = reviewers.get(f.reviewerId());
                    return new FeedbackView(
                            reviewer == null ? null : author(reviewer),
                            reviewer != null && reviewer.track() == Track.FRONTEND,
                            f.clarity(),
                            f.consistency(),
                            f.documentation(),
                            f.errorHandling(),
                            f.text(),
                            f.textHtml(),
                            f.createdAt(),
                            f.updatedAt());
                })
                .toList();
        return new FeedbackPage(engagement(entryId).feedback(), items, slice.nextCursor());
    }

    // --- engagement ------------------------------------------------------------------------------

    /** Recomputes the entry's engagement from the tables and stores it on the entry. */
    private Engagement refresh(UUID entryId) {
        var engagement = engagement(entryId);
        entries.updateEngagement(entryId, engagement);
        return engagement;
    }

    private Engagement engagement(UUID entryId) {
        var c = repository.counts(entryId);
        Engagement.FeedbackSummary feedback = null;
        if (c.reviews() > 0) {
            var frontend = (int) members.findAllById(repository.reviewers(entryId)).values().stream()
                    .filter(m -> m.track() == Track.FRONTEND)
                    .count();
            feedback = new Engagement.FeedbackSummary(
                    c.reviews(),
                    frontend,
                    round(c.clarity()),
                    round(c.consistency()),
                    round(c.documentation()),
                    round(c.errorHandling()),
                    round((c.clarity() + c.consistency() + c.documentation() + c.errorHandling()) / 4));
        }
        return new Engagement(
                c.helpful(),
                c.insightful(),
                c.sameHere(),
                c.comments(),
                c.acceptedCommentId() == null ? null : c.acceptedCommentId().toString(),
                c.acceptedEndorsed(),
                feedback);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static Author author(MemberSummary m) {
        return new Author(m.handle(), m.displayName(), m.track());
    }

    private static void checkBody(String field, String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw ProblemException.invalid(field, "must not be empty");
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw ProblemException.invalid(field, "must be at most " + maxBytes / 1024 + " KB");
        }
    }
}
