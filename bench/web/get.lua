-- wrk script: GET one path (the first argument after --), as a browser (Accept: text/html) or as
-- an API client (Accept: application/json), and print p50 / p95 / p99, throughput and non-200s.
--   wrk -t2 -c32 -d30s -s bench/web/get.lua http://localhost:8080 -- /search?q=redis+cache html
local threads = {}

function setup(thread)
    table.insert(threads, thread)
end

function init(args)
    path = args[1] or "/"
    accept = (args[2] == "html") and "text/html" or "application/json"
    failures = 0
    first_failure = nil
end

function request()
    return wrk.format("GET", path, { ["Accept"] = accept })
end

function response(status, headers, body)
    if status ~= 200 then
        failures = failures + 1
        if first_failure == nil then
            first_failure = status .. " " .. string.sub(body or "", 1, 200)
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
    local seconds = summary.duration / 1e6
    io.write(string.format("RESULT requests/s=%.1f p50=%.1fms p95=%.1fms p99=%.1fms requests=%d non200=%d\n",
        summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests, failed))
end
