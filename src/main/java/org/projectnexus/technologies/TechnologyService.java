package org.projectnexus.technologies;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.Cursor;
import org.projectnexus.shared.CursorCodec;
import org.projectnexus.shared.CursorPage;
import org.projectnexus.shared.Ids;
import org.projectnexus.shared.ProblemException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TechnologyService implements Technologies {

    static final int MAX_NAME_LENGTH = 50;

    /** What a mentor or admin sends to add or change a technology; {@code null} leaves a field as it is. */
    record Changes(
            String name, TechnologyCategory category, String description, List<String> aliases, Boolean approved) {}

    private final TechnologyRepository technologies;
    private final CursorCodec cursors;

    TechnologyService(TechnologyRepository technologies, CursorCodec cursors) {
        this.technologies = technologies;
        this.cursors = cursors;
    }

    @Override
    @Transactional
    public List<TechnologyRef> resolve(Collection<String> names, UUID suggestedBy) {
        var resolved = new LinkedHashMap<UUID, TechnologyRef>();
        for (var raw : names) {
            var name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > MAX_NAME_LENGTH || technologies.keyIsEmpty(name)) {
                throw ProblemException.invalid(
                        "technologies",
                        "'" + name + "' is not a technology name (1 to 50 characters, letters or digits)");
            }
            var technology = technologies.findByKey(name).orElseGet(() -> suggest(name, suggestedBy));
            resolved.putIfAbsent(technology.id(), technology.ref());
        }
        return List.copyOf(resolved.values());
    }

    /** A name nobody knows yet: kept as a pending technology for mentors to approve or rename. */
    private TechnologyRepository.Technology suggest(String name, UUID suggestedBy) {
        var technology = new TechnologyRepository.Technology(
                Ids.newId(), freeSlug(name), name, TechnologyCategory.CONCEPT, "PENDING", null, List.of(name));
        technologies.insert(technology, suggestedBy);
        technologies.addAlias(technology.id(), name);
        return technology;
    }

    @Override
    public Optional<TechnologyRef> find(String slugNameOrAlias) {
        return technologies
                .findBySlug(slugNameOrAlias)
                .or(() -> technologies.findByKey(slugNameOrAlias))
                .map(TechnologyRepository.Technology::ref);
    }

    @Override
    public Optional<TechnologyDetails> details(String slug) {
        return technologies.findBySlug(slug).map(t -> new TechnologyDetails(t.ref(), t.description(), t.aliases()));
    }

    @Override
    public Map<UUID, TechnologyRef> findAllById(Collection<UUID> ids) {
        return technologies.findAllById(ids).stream()
                .map(TechnologyRepository.Technology::ref)
                .collect(Collectors.toMap(TechnologyRef::id, Function.identity()));
    }

    TechnologyRepository.Technology get(String slug) {
        return technologies
                .findBySlug(slug)
                .orElseThrow(() -> ProblemException.notFound("No technology with the slug '" + slug + "'."));
    }

    /** Approved technologies by name; pending suggestions only for mentors and admins. */
    CursorPage<TechnologyRepository.Technology> list(
            CurrentMember viewer, boolean pending, TechnologyCategory category, Integer limit, String cursor) {
        if (pending && (viewer == null || !viewer.isModerator())) {
            throw ProblemException.forbidden("Pending suggestions are for mentors and admins.");
        }
        var page = cursors.page(limit, cursor, listScope(pending, category));
        var after = page.first() ? null : page.cursor().key(0);
        var rows = technologies.list(pending ? "PENDING" : "APPROVED", category, after, page.limit() + 1);
        return cursors.slice(rows, page, last -> new Cursor(listScope(pending, category), List.of(last.name())));
    }

    static String listScope(boolean pending, TechnologyCategory category) {
        return "technologies|" + pending + "|" + category;
    }

    @Transactional
    TechnologyRepository.Technology create(Changes changes, UUID createdBy) {
        if (changes.name() == null || changes.name().isBlank()) {
            throw ProblemException.invalid("name", "must not be blank");
        }
        if (changes.category() == null) {
            throw ProblemException.invalid("category", "must not be null");
        }
        technologies.aliasOwner(changes.name()).ifPresent(owner -> {
            throw ProblemException.conflict(
                    "technology-exists",
                    "'" + changes.name() + "' is already known as "
                            + technologies
                                    .findAllById(List.of(owner))
                                    .getFirst()
                                    .name() + ".");
        });
        var technology = new TechnologyRepository.Technology(
                Ids.newId(),
                freeSlug(changes.name()),
                changes.name().strip(),
                changes.category(),
                "APPROVED",
                changes.description(),
                List.of());
        technologies.insert(technology, createdBy);
        technologies.addAlias(technology.id(), technology.name());
        technologies.addAlias(technology.id(), technology.slug());
        addAliases(technology, changes.aliases());
        return get(technology.slug());
    }

    @Transactional
    TechnologyRepository.Technology update(String slug, Changes changes) {
        var current = get(slug);
        var updated = new TechnologyRepository.Technology(
                current.id(),
                current.slug(),
                changes.name() != null ? changes.name().strip() : current.name(),
                changes.category() != null ? changes.category() : current.category(),
                Boolean.TRUE.equals(changes.approved()) ? "APPROVED" : current.status(),
                changes.description() != null ? changes.description() : current.description(),
                current.aliases());
        technologies.update(updated);
        if (changes.name() != null) {
            addAliases(updated, List.of(updated.name()));
        }
        addAliases(updated, changes.aliases());
        return get(slug);
    }

    private void addAliases(TechnologyRepository.Technology technology, List<String> aliases) {
        if (aliases == null) {
            return;
        }
        for (var alias : aliases) {
            var owner = technologies.aliasOwner(alias);
            if (owner.isPresent() && !owner.get().equals(technology.id())) {
                throw ProblemException.conflict(
                        "alias-taken", "The alias '" + alias + "' already names another technology.");
            }
            if (owner.isEmpty() && !technologies.addAlias(technology.id(), alias)) {
                throw ProblemException.invalid("aliases", "'" + alias + "' has no letters or digits");
            }
        }
    }

    private String freeSlug(String name) {
        var base = slugify(name);
        var slug = base;
        for (int i = 2; technologies.slugTaken(slug); i++) {
            slug = base + "-" + i;
        }
        return slug;
    }

    static String slugify(String name) {
        var slug = name.toLowerCase(Locale.ROOT)
                .replace("+", " plus ")
                .replace("#", " sharp ")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "technology" : slug;
    }
}
