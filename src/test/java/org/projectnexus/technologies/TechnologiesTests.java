package org.projectnexus.technologies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.projectnexus.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The taxonomy: alias resolution, the starter set, and how mentors extend it. */
class TechnologiesTests extends ApiTest {

    @Autowired
    Technologies technologies;

    @ParameterizedTest
    @CsvSource({
        "Postgres, postgresql",
        "postgresql, postgresql",
        "PostgreSQL 15, postgresql",
        "psql, postgresql",
        "Postgre-SQL, postgresql",
        "DRF, django-rest-framework",
        "Django REST framework, django-rest-framework",
        "k8s, kubernetes",
        "K8S, kubernetes",
        "CI/CD, ci-cd",
        "GitHub Actions, github-actions",
        "Jenkins, jenkins",
        "C++, cpp",
        "C#, csharp",
        "Node.js, nodejs",
        "golang, go"
    })
    void namesResolveThroughAliasesIgnoringCasePunctuationAndVersions(String name, String slug) {
        assertThat(technologies.find(name))
                .get()
                .extracting(TechnologyRef::slug)
                .isEqualTo(slug);
    }

    @Test
    void starterTaxonomyCoversTheProgramme() {
        var approved = jdbc.sql("select count(*) from technology where status = 'APPROVED'")
                .query(Integer.class)
                .single();
        assertThat(approved).isGreaterThanOrEqualTo(120);
        var concepts = jdbc.sql("select count(*) from technology where category = 'CONCEPT'")
                .query(Integer.class)
                .single();
        assertThat(concepts).isGreaterThan(20);
        assertThat(List.of("normalization", "indexing", "caching", "rbac", "pagination", "rate-limiting"))
                .allSatisfy(slug -> assertThat(
                                http().get("/api/v1/technologies/" + slug).status())
                        .as(slug)
                        .isEqualTo(200));
    }

    @Test
    void unknownNamesBecomePendingSuggestionsOnlyMentorsSee() {
        var learner = http().as(accessToken(newLearner("suggest")));
        var created = learner.post("/api/v1/entries", """
                {"kind":"LEARNING","title":"Trying Zorblax","technologies":["Zorblax Queue"]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var suggestion = http().get("/api/v1/technologies/zorblax-queue").json();
        assertThat(suggestion.get("pending").asBoolean()).isTrue();

        assertProblem(learner.get("/api/v1/technologies?pending=true"), 403);
        var mentorHandle = newLearner("curator");
        makeMentor(mentorHandle);
        var mentor = http().as(accessToken(mentorHandle));
        assertThat(mentor.get("/api/v1/technologies?pending=true&limit=100").body())
                .contains("zorblax-queue");

        var approved = mentor.send(
                "PATCH",
                "/api/v1/technologies/zorblax-queue",
                "application/json",
                "{\"approved\":true,\"category\":\"MESSAGING\",\"aliases\":[\"ZQ\"]}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("pending").asBoolean()).isFalse();
        assertThat(technologies.find("zq"))
                .get()
                .extracting(TechnologyRef::slug)
                .isEqualTo("zorblax-queue");
    }

    @Test
    void mentorsAddTechnologiesAndAliasesCannotBeStolen() {
        var mentorHandle = newLearner("tax");
        makeMentor(mentorHandle);
        var mentor = http().as(accessToken(mentorHandle));
        var name = "Flurp " + mentorHandle.substring(mentorHandle.length() - 4);
        var created = mentor.post("/api/v1/technologies", """
                {"name":"%s","category":"TOOL","aliases":["%s-cli"]}""".formatted(name, name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).contains("/api/v1/technologies/");

        assertProblem(mentor.post("/api/v1/technologies", """
                {"name":"Postgres","category":"DATABASE"}"""), 409);
        var slug = created.json().get("slug").asString();
        var steal = mentor.send("PATCH", "/api/v1/technologies/" + slug, "application/json", "{\"aliases\":[\"k8s\"]}");
        assertProblem(steal, 409);

        var learner = http().as(accessToken(newLearner("nope")));
        assertProblem(learner.post("/api/v1/technologies", """
                {"name":"Sneaky","category":"TOOL"}"""), 403);
    }

    @Test
    void listingPagesByNameAndFiltersByCategory() {
        var databases = http().get("/api/v1/technologies?category=DATABASE&limit=100")
                .json()
                .get("items");
        assertThat(databases.size()).isGreaterThan(5);
        databases.forEach(t -> assertThat(t.get("category").asString()).isEqualTo("DATABASE"));
        var first = http().get("/api/v1/technologies?limit=5").json();
        var second = http().get("/api/v1/technologies?limit=5&cursor="
                        + first.get("nextCursor").asString())
                .json();
        assertThat(second.get("items").get(0).get("name").asString())
                .isGreaterThan(first.get("items").get(4).get("name").asString());
        assertProblem(http().get("/api/v1/technologies/not-a-technology"), 404);
    }
}
