-- wrk script: GET /api/v1/entries rotating through realistic filters (see bench/entries/README.md).
--   wrk -t2 -c16 -d30s --latency -s bench/entries/listing.lua http://localhost:8080
-- Each thread starts at a different filter; non-200 answers are counted and the first one printed.

local month_ago = os.date("!%Y-%m-%dT%H:%M:%SZ", os.time() - 30 * 86400)

local filters = {
    {},                                           -- newest public entries (the home page)
    { sort = "POPULAR" },
    { kind = "CHALLENGE" },
    { kind = "SNIPPET" },
    { kind = "GOAL", sort = "POPULAR" },
    { technology = "redis" },
    { technology = "django" },
    { technology = "Postgres" },                  -- an alias of PostgreSQL
    { technology = "kubernetes" },
    { technology = "alembic" },                   -- a technology from the long tail
    { technology = "docker", sort = "POPULAR" },
    { kind = "CHALLENGE", technology = "celery" },
    { track = "BACKEND" },
    { track = "FRONTEND", sort = "POPULAR" },
    { cohort = "cohort-03" },
    { since = month_ago },
    { kind = "PROJECT", sort = "POPULAR" },
}

local function urlencode(s)
    return (string.gsub(s, "[^%w%-%._~]", function(c)
        return string.format("%%%02X", string.byte(c))
    end))
end

local paths = {}
for i, filter in ipairs(filters) do
    local path = "/api/v1/entries?limit=20"
    for _, name in ipairs({ "sort", "kind", "technology", "track", "cohort", "since" }) do
        if filter[name] then
            path = path .. "&" .. name .. "=" .. urlencode(filter[name])
        end
    end
    paths[i] = path
end

local threads = {}

function setup(thread)
    thread:set("id", #threads)
    table.insert(threads, thread)
end

function init(args)
    next_filter = id * 5 % #paths
    failures = 0
    first_failure = nil
end

function request()
    next_filter = next_filter % #paths + 1
    return wrk.format("GET", paths[next_filter], { ["Accept"] = "application/json" })
end

function response(status, headers, body)
    if status ~= 200 then
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
            io.write("first non-200 answer: ", first, "\n")
        end
    end
    io.write(string.format("listing: %d filters in rotation, %d requests, %d not 200\n",
        #paths, summary.requests, failed))
end
