-- wrk at a fixed rate (wrk2 is not available): each connection waits connections/RATE seconds between requests.
-- Environment: RATE (requests/s over all connections), CONNECTIONS, TOKEN, PATHS (file of request paths, one a line),
-- METHOD (GET or POST; POST sends If-Match "0" and an empty JSON body: one action per path), START (where in the
-- paths each thread begins, after its own offset; default 0).
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local token = os.getenv("TOKEN")
local method = os.getenv("METHOD") or "GET"
local start = tonumber(os.getenv("START") or "0")
local paths = {}
for line in io.lines(os.getenv("PATHS")) do paths[#paths + 1] = line end
local counter = 0
local threads = 0

function setup(thread)
    thread:set("offset", threads)
    threads = threads + 1
end

-- wrk runs two threads (-t2): each walks its own half of the paths, so no action is sent twice.
function init()
    counter = (offset or 0) * math.floor(#paths / 2) + start
end

function delay()
    if rate > 0 then return 1000 * connections / rate end
    return 0
end

function request()
    counter = counter + 1
    local path = paths[counter % #paths + 1]
    local headers = {["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json"}
    if method == "POST" then
        headers["If-Match"] = '"0"'
        headers["Content-Type"] = "application/json"
        return wrk.format("POST", path, headers, "{}")
    end
    return wrk.format("GET", path, headers)
end
