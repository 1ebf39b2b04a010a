package org.projectnexus.technologies;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TechnologyRepository {

    record Technology(
            UUID id,
            String slug,
            String name,
            TechnologyCategory category,
            String status,
            String description,
            List<String> aliases) {

        TechnologyRef ref() {
            return new TechnologyRef(id, slug, name, category, "PENDING".equals(status));
        }
    }

    private static final String SELECT = """
            select t.id, t.slug, t.name, t.category, t.status, t.description,
              array(select a.alias from technology_alias a where a.technology_id = t.id order by a.alias) as aliases
            from technology t""";

    private final JdbcClient jdbc;

    TechnologyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Technology> findByKey(String name) {
        return jdbc.sql(
                        SELECT
                                + " join technology_alias k on k.technology_id = t.id where k.alias_key = technology_key(:name)")
                .param("name", name)
                .query(TechnologyRepository::map)
                .optional();
    }

    Optional<Technology> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where t.slug = :slug")
                .param("slug", slug)
                .query(TechnologyRepository::map)
                .optional();
    }

    List<Technology> findAllById(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where t.id = any(:ids)")
                .param("ids", ids.toArray(UUID[]::new))
                .query(TechnologyRepository::map)
                .list();
    }

    List<Technology> list(String status, TechnologyCategory category, String afterName, int limit) {
        return jdbc.sql(SELECT + """
                         where t.status = :status
                          and (cast(:category as text) is null or t.category = :category)
                          and (cast(:after as text) is null or t.name > :after)
                        order by t.name limit :limit""")
                .param("status", status)
                .param("category", category == null ? null : category.name())
                .param("after", afterName)
                .param("limit", limit)
                .query(TechnologyRepository::map)
                .list();
    }

    /** Whether the key is free, or which technology holds it. */
    Optional<UUID> aliasOwner(String alias) {
        return jdbc.sql("select technology_id from technology_alias where alias_key = technology_key(:alias)")
                .param("alias", alias)
                .query(UUID.class)
                .optional();
    }

    boolean keyIsEmpty(String name) {
        return jdbc.sql("select technology_key(:name) = ''")
                .param("name", name)
                .query(Boolean.class)
                .single();
    }

    void insert(Technology technology, UUID createdBy) {
        jdbc.sql("""
                        insert into technology (id, slug, name, category, status, description, created_by)
                        values (:id, :slug, :name, :category, :status, :description, :createdBy)""")
                .param("id", technology.id())
                .param("slug", technology.slug())
                .param("name", technology.name())
                .param("category", technology.category().name())
                .param("status", technology.status())
                .param("description", technology.description())
                .param("createdBy", createdBy)
                .update();
    }

    void update(Technology technology) {
        jdbc.sql(
                        "update technology set name = :name, category = :category, status = :status, description = :description"
                                + " where id = :id")
                .param("id", technology.id())
                .param("name", technology.name())
                .param("category", technology.category().name())
                .param("status", technology.status())
                .param("description", technology.description())
                .update();
    }

    /** Adds an alias; an alias key someone else holds is left alone (returns false). */
    boolean addAlias(UUID technologyId, String alias) {
        return jdbc.sql("""
                                insert into technology_alias (alias_key, alias, technology_id)
                                select technology_key(:alias), :alias, :id where technology_key(:alias) <> ''
                                on conflict (alias_key) do nothing""").param("alias", alias).param("id", technologyId).update() > 0;
    }

    boolean slugTaken(String slug) {
        return jdbc.sql("select exists (select 1 from technology where slug = :slug)")
                .param("slug", slug)
                .query(Boolean.class)
                .single();
    }

    private static Technology map(ResultSet rs, int row) throws SQLException {
        return new Technology(
                rs.getObject("id", UUID.class),
                rs.getString("slug"),
                rs.getString("name"),
                TechnologyCategory.valueOf(rs.getString("category")),
                rs.getString("status"),
                rs.getString("description"),
                List.of((String[]) rs.getArray("aliases").getArray()));
    }
}
