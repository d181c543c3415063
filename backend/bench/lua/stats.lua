-- The statistics bench: GETs one path (PATH) with a bearer TOKEN as fast as the connections allow, then prints the
-- latency percentiles wrk's --latency omits (p95) in one line: "p50_ms p95_ms p99_ms max_ms requests non2xx".
-- The request is static and there is no response() hook: with hooks wrk runs Lua per request and copies every body
-- (25 KB for Trạng thái) on the cores it shares with the system; its own summary counts the non-2xx answers.
wrk.method = "GET"
wrk.path = os.getenv("PATH_Q")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Accept"] = "application/json"

function done(summary, latency, requests)
    io.write(string.format("PCT %.1f %.1f %.1f %.1f %d %d\n", latency:percentile(50) / 1000,
        latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, summary.requests,
        summary.errors.status))
end
