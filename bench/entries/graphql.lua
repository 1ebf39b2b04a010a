-- wrk script: POST /graphql, the listings of listing.lua as one GraphQL query each, with what a
-- frontend page shows per entry: technologies, counts, and the author with their follower count
-- (a field REST does not have, loaded for the whole page in one statement).
--   wrk -t2 -c16 -d30s --latency -s bench/entries/graphql.lua http://localhost:8080
-- Each thread starts at a different filter; answers that are not 200 or carry errors are counted
-- and the first one printed.

local month_ago = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 30 * 86400)

local filters = {
    '{}',
    '{sort: POPULAR}',
    '{kind: CHALLENGE}',
    '{kind: SNIPPET}',
    '{kind: GOAL, sort: POPULAR}',
    '{technology: \\"redis\\"}',
    '{technology: \\"django\\"}',
    '{technology: \\"Postgres\\"}',
    '{technology: \\"kubernetes\\"}',
    '{technology: \\"alembic\\"}',
    '{technology: \\"docker\\", sort: POPULAR}',
    '{kind: CHALLENGE, technology: \\"celery\\"}',
    '{track: BACKEND}',
    '{track: FRONTEND, sort: POPULAR}',
    '{cohort: \\"cohort-03\\"}',
    '{since: \\"' .. month_ago .. '\\"}',
    '{kind: PROJECT, sort: POPULAR}',
}

local selection = "edges { cursor node { id kind title excerpt hasSolution views createdAt"
    .. " technologies { slug name } engagement { helpful insightful sameHere comments }"
    .. " author { handle displayName track followers } } } pageInfo { hasNextPage endCursor }"

local bodies = {}
for i, filter in ipairs(filters) do
    bodies[i] = '{"query":"{ entries(filter: ' .. filter .. ', first: 20) { ' .. selection .. ' } }"}'
end

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    next_filter = id * 5 % #bodies
    failures = 0
    first_failure = nil
end

function request()
    next_filter = next_filter % #bodies + 1
    return wrk.format("POST", "/graphql",
        { ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, bodies[next_filter])
end

function response(status, headers, body)
    if status ~= 200 or string.find(body or "", '"errors"', 1, true) then
        failures = failures + 1
        if first_failure == nil then
            first_failure = status .. " " .. string.sub(body or "", 1, 300)
        end
    end
end

function done(summary, latency, requests)
    local failed = 0
    for _, thread in ipairs(threads) do
        failed = failed + thread:get("failures")
        local first = thread:get("first_failure")
        if first then
            io.write("first failed answer: ", first, "\n")
        end
    end
    io.write(string.format("graphql: %d filters in rotation, %d requests, %d failed\n",
        #bodies, summary.requests, failed))
end
