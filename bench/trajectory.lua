-- wrk script for bench/trajectory.sh.
--
--   wrk ... -s bench/trajectory.lua URL                  -- every request asks for URL's path
--   wrk ... -s bench/trajectory.lua URL -- PATHS_FILE    -- the requests rotate over the paths in PATHS_FILE
--                                                           (one a line), each thread from another starting line
--
-- response() counts the answers that are not 2xx (wrk itself counts only >= 400, so a redirect to the login page after
-- a lost session would pass unnoticed); done() prints one "bench.<key> <value>" line per figure, read by the shell
-- script with awk. Latencies in milliseconds.

local threads = {}
local counter = 1

function setup(thread)
  thread:set("id", counter)
  table.insert(threads, thread)
  counter = counter + 1
end

function init(args)
  non2xx = 0
  responses = 0
  paths = {}
  if args[1] ~= nil then
    for line in io.lines(args[1]) do
      if line ~= "" then table.insert(paths, line) end
    end
  end
  -- spread the threads over the list
  next_path = #paths > 0 and ((id - 1) * 7919) % #paths + 1 or 1
end

function request()
  if #paths == 0 then return wrk.request() end
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, path)
end

function response(status, headers, body)
  responses = responses + 1
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end

function done(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local socket = e.connect + e.read + e.write + e.timeout
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local function ms(us) return us / 1000.0 end
  local function line(key, fmt, value) io.write(string.format("bench.%s " .. fmt .. "\n", key, value)) end
  line("requests", "%d", summary.requests)
  line("duration_s", "%.3f", seconds)
  line("rps", "%.2f", summary.requests / seconds)
  line("bytes_per_response", "%.0f", summary.requests > 0 and summary.bytes / summary.requests or 0)
  line("latency_p50_ms", "%.1f", ms(latency:percentile(50)))
  line("latency_p90_ms", "%.1f", ms(latency:percentile(90)))
  line("latency_p95_ms", "%.1f", ms(latency:percentile(95)))
  line("latency_p99_ms", "%.1f", ms(latency:percentile(99)))
  line("latency_max_ms", "%.1f", ms(latency.max))
  line("errors_socket", "%d", socket)
  line("non2xx", "%d", bad)
end
