-- Bench data for search and listing: members, entries of every kind, their technologies and the
-- search vocabulary, generated in SQL. See bench/entries/README.md.
--
--   psql -v ON_ERROR_STOP=1 -v members=2000 -v entries=100000 -f bench/entries/generate.sql
--
-- Variables (all optional): members (2000), entries (100000), cohorts (12), seed (0.42, for
-- setseed: same titles/bodies/distributions on every run; ids are random), replace (0: refuse to
-- run when bench members exist; 1: delete them and their entries first).
--
-- Runs against a database that Flyway (the app) has migrated, with the technology taxonomy in it
-- (V5__starter_taxonomy). Writes only rows of its own: members whose handle is bench-mNNNNN
-- (emails @bench.invalid), their entries and entry_technology rows, and search_term words.
-- Everything happens in one transaction.
--
-- Not exactly what the app would store:
--   * body_html / solution_html are a placeholder ('<p>(bench entry: markdown not rendered)</p>'),
--     not the rendered markdown: listing and search never read them (GET /entries/{id} does).
--   * search_vector is exactly what the app writes: entry_search_vector(title, names of the
--     entry's technologies joined by spaces, body, solution).
--   * no entry_revision rows (GET /entries/{id}/revisions is empty for bench entries); no events.
--   * ids are gen_random_uuid() (v4), where the app makes UUIDv7.
--   * members have a placeholder password hash: they cannot sign in.

\set ON_ERROR_STOP 1
\if :{?members}
\else
    \set members 2000
\endif
\if :{?entries}
\else
    \set entries 100000
\endif
\if :{?cohorts}
\else
    \set cohorts 12
\endif
\if :{?seed}
\else
    \set seed 0.42
\endif
\if :{?replace}
\else
    \set replace 0
\endif

\echo 'bench: generating' :members 'members and' :entries 'entries; seed' :seed 'replace' :replace

BEGIN;

SET LOCAL work_mem = '64MB';
SET LOCAL maintenance_work_mem = '256MB';
-- Fewer, larger merges of the GIN pending lists (search_vector, title trigrams) while loading.
SET LOCAL gin_pending_list_limit = '32MB';
SELECT set_config('bench.replace', :'replace', true) AS replace,
       set_config('bench.members', :'members', true) AS members,
       set_config('bench.entries', :'entries', true) AS entries \gset bench_setting_

DO
$$
    DECLARE
        existing BIGINT;
        techs    BIGINT;
    BEGIN
        IF current_setting('bench.members')::int NOT BETWEEN 1 AND 99999 OR current_setting('bench.entries')::int < 0 THEN
            RAISE EXCEPTION 'bench: members must be 1..99999 (handles are bench-mNNNNN) and entries >= 0';
        END IF;
        SELECT count(*) INTO techs FROM technology WHERE status = 'APPROVED';
        IF techs < 10 THEN
            RAISE EXCEPTION 'bench: only % approved technologies; migrate the database first (V5__starter_taxonomy)', techs;
        END IF;
        SELECT count(*) INTO existing FROM member WHERE handle ~ '^bench-m[0-9]+$';
        IF existing > 0 THEN
            IF current_setting('bench.replace') = '1' THEN
                RAISE NOTICE 'bench: deleting % bench members and their entries (replace=1)', existing;
                DELETE FROM member WHERE handle ~ '^bench-m[0-9]+$';
            ELSE
                RAISE EXCEPTION 'bench: % bench members (bench-m*) already exist; run with -v replace=1 to regenerate, or use a fresh database', existing;
            END IF;
        END IF;
    END
$$;

SELECT setseed(:seed) \gset bench_

-- ---------------------------------------------------------------------------------------------
-- Technologies, most popular first: a hand-picked head for a backend programme, then the rest in
-- a stable pseudo-random order. Picks below draw a rank with a power law (rank ~ n * random()^2.2),
-- so the head is drawn far more often than the tail.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_tech ON COMMIT DROP AS
WITH head(slug, position) AS (
    SELECT *
    FROM unnest(ARRAY [
        'python', 'django', 'postgresql', 'django-rest-framework', 'docker', 'redis', 'celery', 'git',
        'jwt', 'rest', 'sql', 'github-actions', 'rabbitmq', 'pytest', 'docker-compose', 'graphql',
        'nginx', 'aws', 'kubernetes', 'javascript', 'fastapi', 'linux', 'mysql',
        'openapi', 'indexing', 'caching', 'rate-limiting', 'pagination', 'gunicorn', 'celery-beat',
        'mongodb', 'nodejs', 'express', 'typescript', 'kafka', 'elasticsearch', 'flask', 'sqlalchemy',
        'oauth2', 'postman', 'heroku', 'render', 'ci-cd', 'query-optimization', 'database-design',
        'transactions', 'background-jobs', 'webhooks', 'stripe', 'chapa', 'idempotency', 'bash',
        'github', 'aws-s3', 'prometheus', 'grafana', 'sentry', 'terraform', 'java', 'spring-boot',
        'go', 'connection-pooling', 'message-queues', 'microservices', 'system-design', 'cors',
        'pydantic', 'asyncio', 'websockets', 'django-orm', 'simplejwt', 'drf-spectacular'
        ]) WITH ORDINALITY AS h(slug, position)
)
SELECT row_number() OVER (ORDER BY head.position NULLS LAST, md5(t.slug)) AS rank,
       t.id,
       t.slug,
       t.name,
       t.category,
       CASE
           WHEN t.category = 'DATABASE' OR t.slug IN ('sql', 'indexing', 'query-optimization', 'normalization',
                                                      'transactions', 'database-design', 'full-text-search',
                                                      'relational-databases', 'database-replication',
                                                      'database-sharding', 'pgadmin', 'dbeaver', 'aws-rds',
                                                      'supabase', 'neon', 'erd') THEN 'sql'
           WHEN t.slug IN ('docker', 'containerization', 'docker-hub') THEN 'dockerfile'
           WHEN t.slug IN ('docker-compose', 'kubernetes', 'helm', 'minikube', 'github-actions', 'gitlab-ci',
                           'circleci', 'travis-ci', 'ansible', 'prometheus', 'ci-cd', 'openapi', 'swagger',
                           'blue-green-deployment', 'grafana') THEN 'yaml'
           WHEN t.slug IN ('bash', 'linux', 'git', 'github', 'gitlab', 'bitbucket', 'wsl', 'curl', 'ngrok',
                           'nginx', 'cron-jobs', 'version-control', 'haproxy', 'apache-http-server',
                           'aws-ec2', 'digitalocean', 'pre-commit', 'pip', 'virtualenv', 'poetry') THEN 'bash'
           WHEN t.slug IN ('javascript', 'typescript', 'express', 'nestjs', 'nodejs', 'nextjs', 'react', 'vue',
                           'angular', 'react-native', 'socket-io', 'apollo-graphql', 'prisma', 'mongoose',
                           'jest', 'cypress', 'playwright', 'k6', 'passport-js', 'bullmq', 'npm', 'eslint',
                           'prettier', 'vercel', 'netlify', 'firebase') THEN 'javascript'
           WHEN t.slug IN ('java', 'spring-boot', 'spring-framework', 'hibernate', 'junit', 'mockito',
                           'testcontainers', 'maven', 'gradle', 'flyway', 'kotlin', 'intellij-idea',
                           'jmeter', 'keycloak') THEN 'java'
           WHEN t.slug IN ('go', 'rust', 'php', 'ruby', 'csharp', 'cpp', 'c', 'html', 'css') THEN t.slug
           ELSE 'python'
           END AS lang,
       -- A concept's name as a topic in a sentence: "Rate Limiting" -> "rate limiting", "API Design" -> "API design".
       array_to_string(ARRAY(SELECT CASE WHEN w ~ '^[A-Z][a-z]+(-[A-Z][a-z]+)*$' THEN lower(w) ELSE w END
                             FROM regexp_split_to_table(t.name, ' ') WITH ORDINALITY AS s(w, i)
                             ORDER BY i), ' ') AS topic
FROM technology t
         LEFT JOIN head ON head.slug = t.slug
WHERE t.status = 'APPROVED';

SELECT count(*) AS technologies FROM bench_tech \gset bench_
CREATE INDEX ON bench_tech (rank);

-- ---------------------------------------------------------------------------------------------
-- Text: word lists and templates. {t} = the entry's main technology, {t2} = its second (or a
-- related word), {topic} = a problem area of the main technology's category, {fix} = a technique,
-- {w} = a feature of the app being built, {issue} = a symptom, {project}, {num}, {num2}.
-- ---------------------------------------------------------------------------------------------
CREATE FUNCTION pg_temp.pick(items TEXT[]) RETURNS TEXT
    LANGUAGE sql
    VOLATILE
RETURN items[1 + floor(random() * cardinality(items))::int];

-- k distinct items in random order.
CREATE FUNCTION pg_temp.sample(items TEXT[], k INT) RETURNS TEXT[]
    LANGUAGE sql
    VOLATILE
RETURN ARRAY(SELECT x FROM unnest(items) x ORDER BY random() LIMIT k);

CREATE FUNCTION pg_temp.topics(category TEXT) RETURNS TEXT[]
    LANGUAGE sql
    IMMUTABLE
RETURN CASE category
           WHEN 'LANGUAGE' THEN ARRAY ['type hints', 'generators', 'error handling', 'async functions',
               'decorators', 'closures', 'string formatting', 'memory usage', 'dependency management',
               'virtual environments', 'date and time parsing', 'unicode handling', 'logging configuration',
               'list comprehensions', 'context managers', 'dataclasses']
           WHEN 'FRAMEWORK' THEN ARRAY ['middleware', 'serializers', 'pagination', 'request validation',
               'class-based views', 'signals', 'custom permissions', 'file uploads', 'settings per environment',
               'URL routing', 'form validation', 'static files', 'the request lifecycle', 'custom management commands',
               'query filtering', 'throttling', 'viewsets', 'admin customization']
           WHEN 'LIBRARY' THEN ARRAY ['model relationships', 'N+1 queries', 'lazy loading', 'schema validation',
               'connection handling', 'query building', 'bulk inserts', 'custom fields', 'select_related and prefetch_related',
               'nested serializers', 'async sessions', 'API schema generation']
           WHEN 'DATABASE' THEN ARRAY ['JSONB columns', 'partial indexes', 'composite indexes', 'deadlocks',
               'slow queries', 'query plans', 'foreign keys', 'full-text search', 'window functions',
               'table partitioning', 'connection limits', 'transaction isolation', 'vacuum and bloat',
               'unique constraints', 'migrations on large tables', 'read replicas', 'backups and restore',
               'aggregation queries', 'GIN indexes', 'row-level locking']
           WHEN 'CACHE' THEN ARRAY ['cache invalidation', 'key expiry', 'cache stampedes', 'session storage',
               'rate limiting', 'distributed locks', 'eviction policies', 'pub/sub', 'hit ratio', 'leaderboards',
               'TTL tuning']
           WHEN 'MESSAGING' THEN ARRAY ['task retries', 'dead letter queues', 'idempotent consumers',
               'message ordering', 'periodic tasks', 'worker concurrency', 'result backends', 'task timeouts',
               'consumer lag', 'poison messages', 'acknowledgements', 'task routing', 'scheduled emails']
           WHEN 'API' THEN ARRAY ['rate limiting', 'pagination', 'versioning', 'error responses', 'webhooks',
               'idempotency keys', 'authentication headers', 'request schemas', 'payment callbacks', 'timeouts',
               'content negotiation', 'retries with backoff', 'payment verification', 'filtering and sorting']
           WHEN 'AUTH' THEN ARRAY ['JWT refresh tokens', 'token expiry', 'password resets', 'role-based permissions',
               'session fixation', 'OAuth callbacks', 'refresh token rotation', 'login throttling', 'API keys',
               'CSRF protection', 'email verification', 'token revocation']
           WHEN 'DEVOPS' THEN ARRAY ['multi-stage builds', 'image size', 'health checks', 'environment variables',
               'secrets management', 'zero-downtime deploys', 'container networking', 'volumes', 'build caching',
               'rollbacks', 'resource limits', 'alerting', 'log aggregation', 'pipeline caching']
           WHEN 'CLOUD' THEN ARRAY ['deployment', 'static files', 'environment configuration', 'cold starts',
               'SSL certificates', 'custom domains', 'autoscaling', 'object storage', 'reverse proxy configuration',
               'worker processes', 'cost control', 'media uploads']
           WHEN 'TESTING' THEN ARRAY ['test fixtures', 'mocking external APIs', 'flaky tests', 'test coverage',
               'integration tests with a real database', 'load tests', 'factories', 'parametrized tests',
               'end-to-end tests', 'test isolation', 'testing async code']
           WHEN 'TOOL' THEN ARRAY ['pre-commit hooks', 'merge conflicts', 'branching strategy', 'linting',
               'formatting', 'dependency pinning', 'debugging', 'shell aliases', 'rebasing', 'commit messages']
           ELSE ARRAY ['N+1 queries', 'rate limiting', 'cursor pagination', 'idempotency', 'database normalization',
               'caching strategies', 'eventual consistency', 'race conditions', 'connection pooling',
               'horizontal scaling', 'error handling', 'background jobs', 'API design', 'schema design',
               'retries with exponential backoff', 'load balancing', 'input validation', 'structured logging']
           END;

CREATE FUNCTION pg_temp.fill(tpl TEXT, t TEXT, t2 TEXT, topic TEXT, fix TEXT) RETURNS TEXT
    LANGUAGE sql
    VOLATILE
RETURN replace(replace(replace(replace(replace(replace(replace(replace(replace(tpl,
    '{t}', t), '{t2}', t2), '{topic}', topic), '{fix}', fix),
    '{w}', pg_temp.pick(ARRAY ['checkout', 'payment', 'booking', 'user profile', 'search', 'login', 'notification',
        'upload', 'report', 'order', 'listing', 'webhook', 'inventory', 'review', 'message', 'signup', 'dashboard'])),
    '{issue}', pg_temp.pick(ARRAY ['timeout', 'race condition', 'memory leak', '500 error', 'duplicate row',
        'slow response', 'deadlock', 'stale cache entry', 'missing index', 'connection reset', 'lost update',
        'flaky test', 'permission error'])),
    '{project}', pg_temp.pick(ARRAY ['e-commerce backend', 'property booking API', 'movie recommendation app',
        'social media feed', 'job board', 'online polling system', 'travel listing platform', 'chat application',
        'payment gateway integration', 'library management system', 'event ticketing API'])),
    '{num2}', (5 + floor(random() * 95))::text),
    '{num}', (100 + floor(random() * 4900))::text);

-- k distinct sentences of items, filled in, as a paragraph.
CREATE FUNCTION pg_temp.sentences(items TEXT[], k INT, t TEXT, t2 TEXT, topic TEXT, fix TEXT) RETURNS TEXT
    LANGUAGE sql
    VOLATILE
RETURN (SELECT string_agg(pg_temp.fill(x, t, t2, topic, fix), ' ') FROM unnest(pg_temp.sample(items, k)) x);

-- k distinct items as a markdown list (a task list when tasks).
CREATE FUNCTION pg_temp.bullets(items TEXT[], k INT, t TEXT, t2 TEXT, topic TEXT, fix TEXT, tasks BOOLEAN) RETURNS TEXT
    LANGUAGE sql
    VOLATILE
RETURN (SELECT string_agg(CASE WHEN NOT tasks THEN '- ' WHEN random() < 0.4 THEN '- [x] ' ELSE '- [ ] ' END
                              || pg_temp.fill(x, t, t2, topic, fix), E'\n')
        FROM unnest(pg_temp.sample(items, k)) x);

-- Title, body (markdown), solution and caption of one entry.
CREATE FUNCTION pg_temp.entry_text(kind TEXT, t TEXT, t2 TEXT, category TEXT, lang TEXT, concept TEXT, diagram TEXT,
                                   OUT title TEXT, OUT body TEXT, OUT solution TEXT, OUT caption TEXT)
    LANGUAGE plpgsql
    VOLATILE
AS
$fn$
DECLARE
    -- A concept among the entry's technologies (Caching, Rate Limiting...) is usually its topic.
    topic TEXT := CASE WHEN concept IS NOT NULL AND random() < 0.7 THEN concept
                       ELSE pg_temp.pick(pg_temp.topics(category)) END;
    fix   TEXT := pg_temp.pick(ARRAY ['exponential backoff', 'a composite index', 'a partial index',
        'select_related', 'a Redis lock', 'connection pooling', 'a unique constraint', 'an idempotency key',
        'cursor pagination', 'a multi-stage Dockerfile', 'a health check', 'structured logging', 'a retry policy',
        'a circuit breaker', 'a database transaction', 'optimistic locking', 'a message queue',
        'a background worker', 'a custom middleware', 'the cache-aside pattern', 'environment variables',
        'a smaller base image', 'EXPLAIN ANALYZE', 'a covering index', 'batch inserts', 'a read replica',
        'a dead letter queue', 'a token bucket', 'refresh token rotation', 'pytest fixtures', 'a GIN index',
        'SELECT FOR UPDATE', 'a webhook signature check', 'a timeout and a fallback']);
    context TEXT[] := ARRAY [
        'I was working on the {w} endpoint of our {project} when {topic} in {t} started to cause problems.',
        'Our {t} service handled about {num} requests per minute, and {topic} became the bottleneck.',
        'The task looked simple: {topic} for a {project} built with {t} and {t2}.',
        'At first I assumed the problem was in {t2}, but the logs pointed at {topic}.',
        '{t} makes {topic} look easy until you have real traffic and real data.',
        'This came up during the {t} week of the backend programme, while we were building the {w} feature.',
        'The symptom was a {issue} that only appeared under load, roughly one request in {num}.',
        'I read the official {t} documentation on {topic} twice before it clicked.',
        'Most tutorials skip over {topic}, so here is what I found after a few evenings of trial and error.',
        'Our reviewer flagged a {issue} in the {w} flow and asked how {t} deals with {topic}.',
        'The {project} had {num} rows in the main table and every {w} request got slower as it grew.',
        'I wanted to understand {topic} properly instead of copying a snippet from a forum.',
        'Locally everything worked; on the staging server the {w} job failed with a {issue}.',
        'The question from the standup was simple: why does the {w} page take {num2} seconds?'];
    insight TEXT[] := ARRAY [
        'A mentor suggested looking at {fix}, which turned out to be the key.',
        'The fix was {fix}, but understanding why took longer than writing it.',
        'With {fix} in place, the {w} response time dropped from {num} ms to under {num2} ms.',
        'I also learned that {t} logs are much easier to read once you add a request id.',
        'Keep in mind that {topic} behaves differently in development and in production.',
        'If you use {t2} as well, check its settings too, because the defaults are not always safe.',
        'I wrote a small test that reproduces the {issue} so it cannot come back silently.',
        'The biggest lesson: measure first, then change one thing at a time.',
        '{topic} is not only a {t} concern; the same idea applies to any backend.',
        'We reviewed the change together and agreed to document it here for the next cohort.',
        'Next I want to compare this approach with what {t2} offers out of the box.',
        'The documentation of {t} explains {topic} well, but only the failing test made it stick.',
        'Adding {fix} also made the code easier to reason about, which I did not expect.',
        'It is worth reading the source of {t} when the docs are vague; the answer was in a comment there.',
        'A {issue} is usually a symptom: the real cause was how we handled {topic}.',
        'After the change, the error rate on the {w} endpoint went to zero for a whole week.'];
    bullets TEXT[] := ARRAY [
        'Check the {t} version and read the changelog for anything about {topic}',
        'Reproduce the {issue} locally with a small script',
        'Add logging around the {w} flow and the {topic} code path',
        'Use {fix} instead of a hand-written workaround',
        'Write a test for the {issue} case before fixing it',
        'Keep configuration in environment variables, not in code',
        'Set timeouts on every call to {t2}',
        'Look at the query plan with EXPLAIN ANALYZE',
        'Watch the {w} metrics for a day after deploying',
        'Document the decision in the README of the {project}',
        'Ask for a review from someone who knows {t}',
        'Measure {topic} before optimising anything',
        'Compare the behaviour of {t} and {t2} on the same input',
        'Load test the {w} endpoint with realistic data ({num} rows at least)'];
    codes TEXT[];
    code  TEXT;
BEGIN
    -- Title.
    title := pg_temp.fill(pg_temp.pick(CASE kind
        WHEN 'LEARNING' THEN ARRAY ['{topic} in {t}', 'Understanding {topic} in {t}', 'What I learned about {t} {topic}',
            '{t}: what I got wrong about {topic}', 'A practical guide to {topic} with {t}', 'Today I learned: {topic} in {t}',
            '{t} and {t2}: {topic} explained', 'Getting started with {topic} in {t}', 'Notes on {t} {topic}']
        WHEN 'CHALLENGE' THEN ARRAY ['How I fixed {t} {topic} with {fix}', '{t} {topic} failing in production',
            'Debugging {topic} in {t}', 'Why {t} {topic} broke after adding {t2}',
            'Solving {topic} issues between {t} and {t2}', '{t}: {topic} kept causing a {issue}',
            'A {issue} in {t} caused by {topic}']
        WHEN 'PRACTICE' THEN ARRAY ['Best practices for {topic} in {t}', 'My checklist for {t} {topic}',
            'Handling {topic} with {fix}', 'Code review rules for {t} {topic}', 'Keeping {topic} sane in {t} projects',
            '{t} {topic}: do this, not that']
        WHEN 'SNIPPET' THEN ARRAY ['{t} snippet: {topic} with {fix}', 'Reusable helper for {t} {topic}',
            'Short recipe for {topic} in {t}', '{t} {topic} example', 'Minimal {t} setup for {topic}']
        WHEN 'DIAGRAM' THEN ARRAY ['Architecture of {topic} with {t} and {t2}', 'ERD: {t} schema for the {project}',
            'Sequence diagram: {topic} through {t}', 'Data flow for {t} {topic}', 'How the {w} flow uses {t} and {t2}']
        WHEN 'PROJECT' THEN ARRAY ['Capstone: {project} with {t} and {t2}', '{project} built on {t}',
            'My {project}: {t}, {t2} and lessons learned', 'Building a {project} with {t}',
            'Project Nexus week: {project} on {t}']
        ELSE ARRAY ['Master {topic} in {t} by the end of the month', 'Goal: ship a {t} project that uses {fix}',
            'Learn {t} {topic} this sprint', 'Get comfortable with {t} and {t2}', 'Contribute a {t} fix upstream this quarter']
        END), t, t2, topic, fix);
    title := left(upper(left(title, 1)) || substr(title, 2), 200);

    -- A code block in the language of the main technology.
    codes := CASE lang
        WHEN 'python' THEN ARRAY [
            E'```python\n# {topic} with {fix}\nimport logging\n\nlogger = logging.getLogger(__name__)\n\n\ndef handle_{n}(payload, retries=3):\n    for attempt in range(1, retries + 1):\n        try:\n            return process(payload)\n        except TimeoutError:\n            logger.warning("attempt %s failed", attempt)\n            time.sleep(2 ** attempt)\n    raise RuntimeError("gave up")\n```',
            E'```python\nfrom django.db import models, transaction\n\n\nclass Booking(models.Model):\n    listing = models.ForeignKey("Listing", on_delete=models.CASCADE)\n    created_at = models.DateTimeField(auto_now_add=True)\n\n    class Meta:\n        indexes = [models.Index(fields=["listing", "-created_at"])]\n\n\n@transaction.atomic\ndef book(listing_id, user):\n    listing = Listing.objects.select_for_update().get(pk=listing_id)\n    return Booking.objects.create(listing=listing, user=user)\n```',
            E'```python\n@shared_task(bind=True, autoretry_for=(ConnectionError,), retry_backoff=True, max_retries=5)\ndef send_confirmation(self, booking_id):\n    booking = Booking.objects.get(pk=booking_id)\n    mailer.send(booking.user.email, "Your booking is confirmed")\n```',
            E'```python\nimport pytest\n\n\n@pytest.fixture\ndef client(db):\n    return APIClient()\n\n\ndef test_list_is_paginated(client):\n    response = client.get("/api/listings/?limit=20")\n    assert response.status_code == 200\n    assert len(response.json()["results"]) <= 20\n```']
        WHEN 'sql' THEN ARRAY [
            E'```sql\n-- {topic}\nCREATE INDEX CONCURRENTLY bookings_listing_created_idx\n    ON bookings (listing_id, created_at DESC);\n\nEXPLAIN ANALYZE\nSELECT id, created_at FROM bookings\nWHERE listing_id = 42\nORDER BY created_at DESC\nLIMIT 20;\n```',
            E'```sql\nCREATE INDEX products_attributes_idx ON products USING gin (attributes jsonb_path_ops);\n\nSELECT id, name\nFROM products\nWHERE attributes @> ''{"color": "red"}''\nORDER BY id\nLIMIT 50;\n```',
            E'```sql\nBEGIN;\nSELECT balance FROM accounts WHERE id = 7 FOR UPDATE;\nUPDATE accounts SET balance = balance - 100 WHERE id = 7;\nINSERT INTO payments (account_id, amount) VALUES (7, 100);\nCOMMIT;\n```',
            E'```sql\nSELECT user_id, count(*) AS orders,\n       sum(total) OVER (PARTITION BY user_id ORDER BY created_at) AS running_total\nFROM orders\nWHERE created_at > now() - interval ''30 days''\nGROUP BY user_id, total, created_at;\n```']
        WHEN 'yaml' THEN ARRAY [
            E'```yaml\nservices:\n  web:\n    build: .\n    command: gunicorn config.wsgi --workers 3\n    env_file: .env\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:15\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n      interval: 5s\n  worker:\n    build: .\n    command: celery -A config worker -l info\n```',
            E'```yaml\nname: ci\non: [push, pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      postgres:\n        image: postgres:15\n        env:\n          POSTGRES_PASSWORD: postgres\n    steps:\n      - uses: actions/checkout@v4\n      - run: pip install -r requirements.txt\n      - run: pytest -q\n```',
            E'```yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.example.org/api:1.4.2\n          readinessProbe:\n            httpGet: {path: /health, port: 8000}\n          resources:\n            limits: {memory: 512Mi, cpu: 500m}\n```']
        WHEN 'dockerfile' THEN ARRAY [
            E'```dockerfile\nFROM python:3.12-slim AS build\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip wheel --wheel-dir /wheels -r requirements.txt\n\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install --no-cache-dir /wheels/*\nCOPY . /app\nHEALTHCHECK CMD curl -f http://localhost:8000/health || exit 1\nCMD ["gunicorn", "config.wsgi", "--bind", "0.0.0.0:8000"]\n```']
        WHEN 'bash' THEN ARRAY [
            E'```bash\n# {topic}\nset -euo pipefail\ngit fetch origin\ngit rebase origin/main\npython manage.py migrate --noinput\ncurl -fsS http://localhost:8000/health\n```',
            E'```bash\nsudo nginx -t && sudo systemctl reload nginx\njournalctl -u gunicorn --since "10 min ago" | grep -i error\nss -tlnp | grep 8000\n```']
        WHEN 'javascript' THEN ARRAY [
            E'```javascript\n// {topic} with {fix}\nasync function fetchWithRetry(url, options = {}, retries = 3) {\n  for (let attempt = 1; attempt <= retries; attempt++) {\n    const response = await fetch(url, options);\n    if (response.ok) return response.json();\n    await new Promise((r) => setTimeout(r, 2 ** attempt * 100));\n  }\n  throw new Error(`gave up on ${url}`);\n}\n```',
            E'```javascript\nconst express = require("express");\nconst rateLimit = require("express-rate-limit");\n\nconst app = express();\napp.use("/api/", rateLimit({ windowMs: 60_000, max: 100 }));\napp.get("/api/health", (req, res) => res.json({ status: "ok" }));\napp.listen(3000);\n```']
        WHEN 'java' THEN ARRAY [
            E'```java\n// {topic} with {fix}\n@Transactional\npublic Booking book(UUID listingId, UUID userId) {\n    var listing = listings.findByIdForUpdate(listingId)\n            .orElseThrow(() -> new NotFoundException(listingId));\n    return bookings.save(new Booking(listing, userId));\n}\n```']
        ELSE ARRAY [
            E'```' || lang || E'\n// {topic} with {fix}\n// see the notes below for why this works\nfunction handle(request) {\n    validate(request)\n    return process(request)\n}\n```']
        END;
    code := replace(pg_temp.fill(pg_temp.pick(codes), t, t2, topic, fix), '{n}', (1 + floor(random() * 9))::text);

    -- Body and, for a challenge, its solution: paragraphs of distinct sentences, bullet lists,
    -- sometimes a fenced code block.
    IF kind = 'GOAL' THEN
        body := E'## Why\n\n' || pg_temp.sentences(context, 3 + floor(random() * 3)::int, t, t2, topic, fix)
            || E'\n\n## Milestones\n\n'
            || pg_temp.bullets(bullets, 4 + floor(random() * 4)::int, t, t2, topic, fix, true)
            || E'\n\n## How I will know\n\n' || pg_temp.sentences(insight, 2 + floor(random() * 3)::int, t, t2, topic, fix);
    ELSIF kind = 'SNIPPET' THEN
        body := pg_temp.sentences(context, 2 + floor(random() * 2)::int, t, t2, topic, fix) || E'\n\n' || code
            || E'\n\n## Notes\n\n' || pg_temp.bullets(bullets, 3 + floor(random() * 4)::int, t, t2, topic, fix, false)
            || E'\n\n' || pg_temp.sentences(insight, 2 + floor(random() * 4)::int, t, t2, topic, fix);
    ELSIF kind = 'DIAGRAM' THEN
        body := pg_temp.sentences(context, 2 + floor(random() * 3)::int, t, t2, topic, fix) || E'\n\n'
            || CASE diagram
                   WHEN 'MERMAID' THEN E'```mermaid\nsequenceDiagram\n    Client->>API: POST /bookings\n    API->>DB: INSERT booking\n    API->>Queue: publish BookingCreated\n    Queue->>Worker: send confirmation email\n    Worker-->>Client: email\n```'
                   WHEN 'DBML' THEN E'```dbml\nTable users {\n  id uuid [pk]\n  email varchar [unique]\n}\n\nTable bookings {\n  id uuid [pk]\n  user_id uuid [ref: > users.id]\n  listing_id uuid [ref: > listings.id]\n  created_at timestamptz\n}\n```'
                   ELSE E'```plantuml\n@startuml\nactor User\nUser -> API : request\nAPI -> Cache : lookup\nCache --> API : miss\nAPI -> Database : query\nDatabase --> API : rows\n@enduml\n```'
                END
            || E'\n\n## Reading the diagram\n\n' || pg_temp.sentences(insight, 4 + floor(random() * 4)::int, t, t2, topic, fix)
            || E'\n\n' || pg_temp.bullets(bullets, 2 + floor(random() * 3)::int, t, t2, topic, fix, false);
        caption := left(pg_temp.fill('How {topic} flows through {t} and {t2}', t, t2, topic, fix), 500);
    ELSIF kind = 'PROJECT' THEN
        body := E'## Overview\n\n' || pg_temp.sentences(context, 3 + floor(random() * 3)::int, t, t2, topic, fix)
            || E'\n\n## Features\n\n'
            || pg_temp.bullets(ARRAY ['{w} API with filtering and pagination', 'JWT authentication with refresh tokens',
                   'Background {w} emails through {t2}', 'Rate limiting on the public {w} endpoints',
                   'OpenAPI documentation at /api/docs', 'Admin dashboard for {w} moderation',
                   'Payments with webhook verification', 'Full-text search over {w} records',
                   'CI pipeline with tests and linting', 'Dockerised deployment with health checks',
                   'Caching of the hottest {w} queries in Redis', 'Audit log of every {w} change'],
                   4 + floor(random() * 5)::int, t, t2, topic, fix, false)
            || E'\n\n## Stack\n\n- ' || t || E'\n- ' || t2
            || E'\n\n## Lessons learned\n\n' || pg_temp.sentences(insight, 4 + floor(random() * 5)::int, t, t2, topic, fix);
    ELSE
        -- LEARNING, CHALLENGE, PRACTICE
        body := '## ' || CASE kind WHEN 'CHALLENGE' THEN 'The problem' WHEN 'PRACTICE' THEN 'Why it matters' ELSE 'Context' END
            || E'\n\n' || pg_temp.sentences(context, 3 + floor(random() * 4)::int, t, t2, topic, fix)
            || E'\n\n## ' || CASE kind WHEN 'PRACTICE' THEN 'Do this' ELSE 'What I tried' END || E'\n\n'
            || pg_temp.bullets(bullets, 3 + floor(random() * 5)::int, t, t2, topic, fix, false);
        IF kind = 'CHALLENGE' THEN
            body := body || E'\n\n## Error\n\n```\n'
                || pg_temp.fill('{issue} in the {w} handler ({t}) while handling {topic}', t, t2, topic, fix) || E'\n```';
            solution := E'## Solution\n\n' || pg_temp.sentences(insight, 3 + floor(random() * 4)::int, t, t2, topic, fix)
                || CASE WHEN random() < 0.7 THEN E'\n\n' || code ELSE '' END
                || E'\n\n## Why it works\n\n' || pg_temp.sentences(insight, 2 + floor(random() * 3)::int, t, t2, topic, fix);
        ELSE
            IF random() < 0.45 THEN
                body := body || E'\n\n' || code;
            END IF;
            body := body || E'\n\n## What I learned\n\n' || pg_temp.sentences(insight, 3 + floor(random() * 5)::int, t, t2, topic, fix);
            IF random() < 0.5 THEN
                body := body || E'\n\n' || pg_temp.sentences(context || insight, 2 + floor(random() * 4)::int, t, t2, topic, fix);
            END IF;
        END IF;
    END IF;
    body := rtrim(body);
    solution := rtrim(solution);
END
$fn$;

-- ---------------------------------------------------------------------------------------------
-- Members: bench-m00001..; 75 % backend, spread over cohorts; a few mentors.
-- ---------------------------------------------------------------------------------------------
INSERT INTO member (id, handle, email, email_verified, display_name, bio, github_url, track, cohort, roles, status,
                    password_hash, created_at, updated_at)
SELECT gen_random_uuid(),
       handle,
       handle || '@bench.invalid',
       TRUE,
       pg_temp.pick(ARRAY ['Amina', 'Kwame', 'Chidi', 'Fatuma', 'Yared', 'Zanele', 'Tendai', 'Ngozi', 'Samuel',
           'Hana', 'Abebe', 'Wanjiru', 'Kofi', 'Aisha', 'Tunde', 'Lerato', 'Musa', 'Selam', 'Ifeoma', 'Jabari'])
           || ' ' ||
       pg_temp.pick(ARRAY ['Okafor', 'Mensah', 'Tesfaye', 'Mwangi', 'Dlamini', 'Bekele', 'Adeyemi', 'Otieno',
           'Nkosi', 'Haile', 'Banda', 'Diallo', 'Kamau', 'Osei', 'Abdi', 'Moyo']),
       CASE WHEN random() < 0.3 THEN 'Backend learner. I write down what I break and how I fix it.' END,
       CASE WHEN random() < 0.6 THEN 'https://github.com/' || handle END,
       CASE WHEN r_track < 0.75 THEN 'BACKEND' ELSE 'FRONTEND' END,
       'cohort-' || lpad((1 + (i - 1) % :cohorts)::text, 2, '0'),
       CASE WHEN r_role < 0.02 THEN '{LEARNER,MENTOR}'::text[] ELSE '{LEARNER}'::text[] END,
       'ACTIVE',
       '$argon2id$bench-no-login',
       created,
       created
FROM (SELECT i,
             'bench-m' || lpad(i::text, 5, '0') AS handle,
             random()                           AS r_track,
             random()                           AS r_role,
             now() - interval '760 days' + random() * interval '30 days' AS created
      FROM generate_series(1, :members) i) m;

CREATE TEMP TABLE bench_member ON COMMIT DROP AS
SELECT row_number() OVER (ORDER BY handle) AS n, id
FROM member
WHERE handle ~ '^bench-m[0-9]+$';
CREATE INDEX ON bench_member (n);

-- ---------------------------------------------------------------------------------------------
-- Entry plan: kind, author (a few prolific authors), visibility, dates, views, technologies.
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_plan ON COMMIT DROP AS
SELECT g.i                                                                         AS n,
       gen_random_uuid()                                                           AS id,
       (SELECT id FROM bench_member WHERE bench_member.n = 1 + floor(:members * power(g.r_author, 1.8))::int) AS author_id,
       CASE
           WHEN g.r_kind < 0.33 THEN 'LEARNING'
           WHEN g.r_kind < 0.53 THEN 'CHALLENGE'
           WHEN g.r_kind < 0.65 THEN 'PRACTICE'
           WHEN g.r_kind < 0.78 THEN 'SNIPPET'
           WHEN g.r_kind < 0.83 THEN 'DIAGRAM'
           WHEN g.r_kind < 0.89 THEN 'PROJECT'
           ELSE 'GOAL' END                                                         AS kind,
       CASE WHEN g.r_vis < 0.10 THEN 'DRAFT' ELSE 'PUBLIC' END                     AS visibility,
       (ARRAY ['MERMAID', 'DBML', 'PLANTUML'])[1 + floor(g.r_diagram * 3)::int]    AS diagram_format,
       -- 1..5 technologies, 2 and 3 most often.
       CASE
           WHEN g.r_ntech < 0.15 THEN 1
           WHEN g.r_ntech < 0.50 THEN 2
           WHEN g.r_ntech < 0.80 THEN 3
           WHEN g.r_ntech < 0.93 THEN 4
           ELSE 5 END                                                              AS ntech,
       -- The last two years, more recent entries than old ones.
       now() - power(g.r_created, 1.3) * interval '730 days'                      AS created_at,
       CASE WHEN g.r_version < 0.75 THEN 1 ELSE 2 + floor(random() * 4)::int END   AS version,
       g.r_views
FROM (SELECT i,
             random() AS r_author,
             random() AS r_kind,
             random() AS r_vis,
             random() AS r_diagram,
             random() AS r_ntech,
             random() AS r_created,
             random() AS r_version,
             random() AS r_views
      FROM generate_series(1, :entries) i) g;

-- Technologies per entry, popular first; duplicates drawn for the same entry are dropped.
CREATE TEMP TABLE bench_plan_tech ON COMMIT DROP AS
SELECT DISTINCT ON (n, rank) n, rank, position
FROM (SELECT p.n, s.position, 1 + floor(:bench_technologies * power(random(), 2.2))::int AS rank
      FROM bench_plan p
               JOIN generate_series(1, 5) s(position) ON s.position <= p.ntech) picks
ORDER BY n, rank, position;

CREATE TEMP TABLE bench_plan_names ON COMMIT DROP AS
SELECT pt.n,
       string_agg(t.name, ' ' ORDER BY pt.position)                                        AS technology_names,
       -- What the entry is about: its first technology that is not a concept, then another one.
       (array_agg(t.name ORDER BY pt.position) FILTER (WHERE t.category <> 'CONCEPT'))[1]  AS t1,
       (array_agg(t.name ORDER BY pt.position) FILTER (WHERE t.category <> 'CONCEPT'))[2]  AS t2,
       (array_agg(t.category ORDER BY pt.position) FILTER (WHERE t.category <> 'CONCEPT'))[1] AS category,
       (array_agg(t.lang ORDER BY pt.position) FILTER (WHERE t.category <> 'CONCEPT'))[1]  AS lang,
       (array_agg(t.topic ORDER BY pt.position) FILTER (WHERE t.category = 'CONCEPT'))[1]  AS concept
FROM bench_plan_tech pt
         JOIN bench_tech t ON t.rank = pt.rank
GROUP BY pt.n;
CREATE INDEX ON bench_plan_names (n);

\timing on
-- ---------------------------------------------------------------------------------------------
-- Entries, with the search vector the app writes (most of the run's time).
-- ---------------------------------------------------------------------------------------------
INSERT INTO entry (id, author_id, kind, title, body, body_html, solution, solution_html, language, diagram_format,
                   caption, project, visibility, version, views, created_at, updated_at, search_vector)
SELECT p.id,
       p.author_id,
       p.kind,
       x.title,
       x.body,
       '<p>(bench entry: markdown not rendered)</p>',
       x.solution,
       CASE WHEN x.solution IS NOT NULL THEN '<p>(bench entry: markdown not rendered)</p>' END,
       CASE WHEN p.kind = 'SNIPPET' THEN coalesce(nm.lang, 'python') END,
       CASE WHEN p.kind = 'DIAGRAM' THEN p.diagram_format END,
       x.caption,
       CASE
           WHEN p.kind = 'PROJECT' THEN jsonb_build_object(
                   'repositoryUrl', 'https://github.com/bench/alx-project-nexus-' || p.n,
                   'demoUrl', CASE WHEN p.n % 3 = 0 THEN 'https://demo-' || p.n || '.bench.invalid' END,
                   'openApi', NULL) END,
       p.visibility,
       p.version,
       -- Heavy-tailed: median ~18 views, p90 ~1.5k, p99 ~16k, at most ~22k; drafts none.
       CASE WHEN p.visibility = 'DRAFT' THEN 0
            ELSE floor(exp(10 * power(p.r_views, 3)) + 20 * random())::bigint END,
       p.created_at,
       CASE WHEN p.version = 1 THEN p.created_at
            ELSE least(now(), p.created_at + random() * interval '60 days') END,
       entry_search_vector(x.title, nm.technology_names, x.body, x.solution)
FROM bench_plan p
         JOIN bench_plan_names nm ON nm.n = p.n
         -- Entries tagged only with concepts still name a technology (Django) in their text.
         CROSS JOIN LATERAL pg_temp.entry_text(
        p.kind,
        coalesce(nm.t1, 'Django'),
        coalesce(nm.t2, CASE WHEN coalesce(nm.t1, 'Django') IN ('PostgreSQL', 'Python') THEN 'Django' ELSE 'PostgreSQL' END),
        coalesce(nm.category, 'FRAMEWORK'),
        coalesce(nm.lang, 'python'),
        nm.concept,
        p.diagram_format) x;

INSERT INTO entry_technology (entry_id, technology_id)
SELECT p.id, t.id
FROM bench_plan_tech pt
         JOIN bench_plan p ON p.n = pt.n
         JOIN bench_tech t ON t.rank = pt.rank;

-- The search vocabulary the app feeds on every save: lower-case words (3 to 40 characters) of
-- titles and technology names.
INSERT INTO search_term (word)
SELECT DISTINCT w
FROM (SELECT regexp_split_to_table(lower(e.title), '[^[:alnum:]]+') AS w
      FROM entry e
               JOIN bench_plan p ON p.id = e.id
      UNION ALL
      SELECT regexp_split_to_table(lower(t.name), '[^[:alnum:]]+')
      FROM bench_tech t
      WHERE t.rank IN (SELECT rank FROM bench_plan_tech)) words
WHERE length(w) BETWEEN 3 AND 40
ON CONFLICT DO NOTHING;

COMMIT;

-- VACUUM as well as ANALYZE: it merges the GIN pending lists (search_vector, title trigrams) that
-- the load left behind, and sets the visibility map for index-only scans, as autovacuum would
-- soon do on a live database. Without it the first searches are slower than steady state.
VACUUM (ANALYZE) member;
VACUUM (ANALYZE) entry;
VACUUM (ANALYZE) entry_technology;
VACUUM (ANALYZE) search_term;

\timing off
SELECT (SELECT count(*) FROM member WHERE handle ~ '^bench-m[0-9]+$')                       AS bench_members,
       (SELECT count(*) FROM entry)                                                         AS entries,
       (SELECT count(*) FROM entry WHERE visibility = 'PUBLIC')                             AS public_entries,
       (SELECT count(*) FROM entry_technology)                                              AS entry_technologies,
       (SELECT count(*) FROM search_term)                                                   AS search_terms,
       pg_size_pretty(pg_total_relation_size('entry'))                                      AS entry_size;
