-- The statistics bench: GETs one path (PATH) with a bearer TOKEN as fast as the connections allow, then prints the
-- latency percentiles wrk's --latency omits (p95) in one line: "p50_ms p95_ms p99_ms max_ms requests non2xx".
local token = os.getenv("TOKEN")
local path = os.getenv("PATH_Q")
local failures = 0

function request()
    return wrk.format("GET", path, {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"})
end

function response(status)
    if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
    io.write(string.format("PCT %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
        summary.errors.status))
end
