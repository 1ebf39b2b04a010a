package org.projectnexus.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.projectnexus.support.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.projectnexus.support.TestMembers;

/** Roles, ownership and token scopes, as learners, mentors and admins meet them. */
class AuthorizationTests extends AccountsWebTest {

    @Test
    void anonymousCallersReadPublicProfilesOnly() {
        var handle = newLearner("public");
        var profile = http().get("/api/v1/members/" + handle);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.body()).doesNotContain("@example.org", "password");
        assertProblem(http().get("/api/v1/me"), 401);
        assertProblem(http().send("PATCH", "/api/v1/me", "application/json", "{\"bio\":\"x\"}"), 401);
        assertProblem(http().get("/api/v1/members/no-such-member-here"), 404);
    }

    @Test
    void membersEditOnlyTheirOwnProfile() {
        var handle = newLearner("edit");
        var token = accessToken(handle);
        var patched = http().as(token)
                .send("PATCH", "/api/v1/me", "application/json", "{\"bio\":\"Learning Django\",\"cohort\":\"c7\"}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("bio").asString()).isEqualTo("Learning Django");
        assertThat(patched.json().get("displayName").asString()).isEqualTo(handle);

        var invalid = http().as(token)
                .send("PATCH", "/api/v1/me", "application/json", "{\"githubUrl\":\"javascript:alert(1)\"}");
        assertProblem(invalid, 422);
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("githubUrl");
    }

    @Test
    void learnersCannotTouchAnotherMembersTokensOrAdminEndpoints() {
        var owner = accessToken(newLearner("owner"));
        var created = http().as(owner).post("/api/v1/me/tokens", "{\"name\":\"mine\",\"scopes\":[\"READ\"]}");
        var tokenId = created.json().get("token").get("id").asString();

        var intruder = accessToken(newLearner("intruder"));
        // Another member's resource does not exist for you: 404, not 403.
        assertProblem(http().as(intruder).send("DELETE", "/api/v1/me/tokens/" + tokenId, null, ""), 404);
        assertThat(http().as(owner).get("/api/v1/me/tokens").body()).contains(tokenId);

        var victim = newLearner("victim");
        assertProblem(http().as(intruder).post("/api/v1/admin/members/" + victim + "/suspend", "{}"), 403);
        assertProblem(
                http().as(intruder)
                        .send(
                                "PUT",
                                "/api/v1/admin/members/" + victim + "/roles",
                                "application/json",
                                "{\"roles\":[\"ADMIN\"]}"),
                403);
        assertProblem(http().as(intruder).get("/api/v1/admin/audit-log"), 403);
    }

    @Test
    void mentorsModerateLearnersAndAdminsManageEveryone() {
        var admin = http().as(adminToken());
        var mentorHandle = newLearner("mentor");
        var promoted = admin.send(
                "PUT",
                "/api/v1/admin/members/" + mentorHandle + "/roles",
                "application/json",
                "{\"roles\":[\"MENTOR\"]}");
        assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
        assertThat(promoted.json().get("roles").toString()).contains("MENTOR", "LEARNER");

        var mentor = http().as(accessToken(mentorHandle));
        var learner = newLearner("moderated");
        assertThat(mentor.post("/api/v1/admin/members/" + learner + "/suspend", "{\"reason\":\"spam links\"}")
                        .status())
                .isEqualTo(200);
        assertThat(http().get("/api/v1/members/" + learner)
                        .json()
                        .get("suspended")
                        .asBoolean())
                .isTrue();
        assertThat(mentor.post("/api/v1/admin/members/" + learner + "/reactivate", "")
                        .status())
                .isEqualTo(200);
        assertThat(TestMembers.login(http(), learner, TestMembers.PASSWORD).status())
                .isEqualTo(200);

        // Mentors cannot act on staff, change roles or read the audit log.
        assertProblem(mentor.post("/api/v1/admin/members/boot-admin/suspend", "{}"), 403);
        assertProblem(
                mentor.send(
                        "PUT",
                        "/api/v1/admin/members/" + learner + "/roles",
                        "application/json",
                        "{\"roles\":[\"MENTOR\"]}"),
                403);
        assertProblem(mentor.get("/api/v1/admin/audit-log"), 403);

        // Admins can, and every privileged action is in the audit log, newest first.
        var log = admin.get("/api/v1/admin/audit-log?limit=100");
        assertThat(log.status()).isEqualTo(200);
        var actions = log.json().get("items").toString();
        assertThat(actions)
                .contains("member.roles-changed", "member:" + mentorHandle)
                .contains("member.suspended", "member.reactivated", "spam links", "member:" + learner);
        assertThat(log.json().get("items").get(0).get("action").asString()).isEqualTo("member.reactivated");
        assertThat(log.json().get("items").get(0).get("actorHandle").asString()).isEqualTo(mentorHandle);
    }

    @Test
    void adminsCannotLockThemselvesOut() {
        var response = http().as(adminToken())
                .send("PUT", "/api/v1/admin/members/boot-admin/roles", "application/json", "{\"roles\":[\"MENTOR\"]}");
        assertProblem(response, 409);
        assertProblem(http().as(adminToken()).post("/api/v1/admin/members/boot-admin/suspend", "{}"), 409);
    }

    @Test
    void personalTokensCarryNoMoreThanAllowed() {
        var token = accessToken(newLearner("scopes"));
        var me = http().as(token);

        var tooMuch = me.post("/api/v1/me/tokens", "{\"name\":\"admin please\",\"scopes\":[\"ADMIN\"]}");
        assertProblem(tooMuch, 422);
        assertThat(tooMuch.json().get("errors").get(0).get("message").asString())
                .contains("'admin'");

        var readOnly = me.post("/api/v1/me/tokens", "{\"name\":\"reader\",\"scopes\":[\"READ\"]}");
        assertThat(readOnly.status()).isEqualTo(201);
        assertThat(readOnly.header("Location")).contains("/api/v1/me/tokens/");
        var reader = http().as(readOnly.json().get("secret").asString());
        assertThat(reader.get("/api/v1/me").status()).isEqualTo(200);
        assertProblem(reader.send("PATCH", "/api/v1/me", "application/json", "{\"bio\":\"x\"}"), 403);
        // A read-only token cannot mint a stronger one.
        assertProblem(reader.post("/api/v1/me/tokens", "{\"name\":\"escalate\",\"scopes\":[\"WRITE\"]}"), 403);

        var listed = me.get("/api/v1/me/tokens");
        assertThat(listed.body()).doesNotContain(readOnly.json().get("secret").asString());
        assertThat(listed.json().get(0).get("hint").asString()).startsWith("nxp_…");
    }
}
