-- wrk script: GET /api/v1/search rotating through realistic queries (see bench/entries/README.md).
--   wrk -t2 -c16 -d30s --latency -s bench/entries/search.lua http://localhost:8080
-- Each thread starts at a different query; non-200 answers are counted and the first one printed.

local queries = {
    { q = "celery retries" },
    { q = "postgres index" },
    { q = '"rate limiting"' },
    { q = "docker compose -kubernetes" },
    { q = "jwt refresh" },
    { q = "djan" },                 -- prefix: the last word also matches as a prefix
    { q = "postgress" },            -- typo: matched through search_term
    { q = "redis cache invalidation" },
    { q = "django pagination" },
    { q = "kubernets health checks" }, -- typo in the first word
    { q = "N+1 queries" },
    { q = 'deadlock or "lost update"' },
    { q = "webhook signature" },
    { q = "flaky tests pytest" },
    { q = "fastapi pydantic" },
    { q = "multi-stage builds" },
    { q = "celery retries", kind = "CHALLENGE" },
    { q = "deadlock", kind = "CHALLENGE" },
    { q = "rate limiting", technology = "redis" },
    { q = "index", technology = "postgresql" },
    { q = "health checks", technology = "docker", kind = "SNIPPET" },
    { q = "jwt", track = "BACKEND" },
}

local function urlencode(s)
    return (string.gsub(s, "[^%w%-%._~]", function(c)
        return string.format("%%%02X", string.byte(c))
    end))
end

local paths = {}
for i, query in ipairs(queries) do
    local path = "/api/v1/search?q=" .. urlencode(query.q) .. "&limit=20"
    for _, name in ipairs({ "kind", "technology", "track" }) do
        if query[name] then
            path = path .. "&" .. name .. "=" .. urlencode(query[name])
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
    next_query = id * 7 % #paths
    failures = 0
    first_failure = nil
end

function request()
    next_query = next_query % #paths + 1
    return wrk.format("GET", paths[next_query], { ["Accept"] = "application/json" })
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
    io.write(string.format("search: %d queries in rotation, %d requests, %d not 200\n",
        #paths, summary.requests, failed))
end
