import { AuthApi, Configuration, EntriesApi, ResponseError, SearchApi } from "../src";

const basePath = "http://localhost:8080";

async function main() {
  // Sign in: a short-lived access token (JWT) and a single-use refresh token.
  const auth = new AuthApi(new Configuration({ basePath }));
  const tokens = await auth.login({ loginRequest: { login: "ada", password: "a long passphrase" } });

  // Every other call sends the access token as "Authorization: Bearer ...".
  const config = new Configuration({ basePath, accessToken: tokens.accessToken });

  // The newest challenges about Celery, 20 at a time; page on with nextCursor.
  const entries = new EntriesApi(config);
  const page = await entries.listEntries({ kind: "CHALLENGE", technology: "celery", sort: "RECENT", limit: 20 });
  for (const entry of page.items ?? []) {
    console.log(entry.kind, entry.title, entry.author?.handle);
  }

  // Search: stemmed, typo-tolerant, matches highlighted with <mark>.
  const search = new SearchApi(config);
  const hits = await search.searchEntries({ q: "celery retries", track: "BACKEND" });
  for (const hit of hits.items ?? []) {
    console.log(hit.score, hit.highlight?.title, hit.entry?.id);
  }
}

main().catch(async (error) => {
  // Every refusal is application/problem+json: switch on its type, show its detail.
  if (error instanceof ResponseError) {
    const problem = await error.response.json();
    console.error(problem.type, problem.detail);
  }
  throw error;
});
