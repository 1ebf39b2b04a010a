package org.projectnexus.technologies;

import org.projectnexus.accounts.CurrentMember;
import org.projectnexus.shared.Connection;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;

/** The taxonomy in GraphQL, as {@code GET /technologies}. */
@Controller
class TechnologiesGraphQlController {

    private final TechnologyService technologies;

    TechnologiesGraphQlController(TechnologyService technologies) {
        this.technologies = technologies;
    }

    @QueryMapping(name = "technologies")
    Connection<TechnologiesController.TechnologyView> list(
            @AuthenticationPrincipal CurrentMember me,
            @Argument Boolean pending,
            @Argument TechnologyCategory category,
            @Argument Integer first,
            @Argument String after) {
        var page = technologies.list(me, Boolean.TRUE.equals(pending), category, Connection.first(first), after);
        return Connection.of(page.map(TechnologiesController.TechnologyView::of), after);
    }

    @QueryMapping
    TechnologiesController.TechnologyView technology(@Argument String slug) {
        return TechnologiesController.TechnologyView.of(technologies.get(slug));
    }
}
