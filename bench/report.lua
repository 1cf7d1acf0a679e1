-- wrk report script for bench/public-layer.sh.
--
-- Only done() is defined: no request()/response() callbacks, so wrk's hot path stays native and the
-- application and nginx are measured the same way. done() prints one "bench.<key> <value>" line per
-- figure, which the shell script reads with awk. Latencies are in milliseconds.
--
-- Note: wrk counts a response as a status error only when its status is > 399, so 2xx and 3xx
-- (including 304 Not Modified) are not errors.

done = function(summary, latency, requests)
  local e = summary.errors
  local seconds = summary.duration / 1e6
  local socket = e.connect + e.read + e.write + e.timeout
  local function ms(us) return us / 1000.0 end
  local function line(key, fmt, value)
    io.write(string.format("bench.%s " .. fmt .. "\n", key, value))
  end

  line("requests", "%d", summary.requests)
  line("duration_s", "%.3f", seconds)
  line("rps", "%.2f", summary.requests / seconds)
  line("bytes", "%d", summary.bytes)
  line("bytes_per_response", "%.0f", summary.requests > 0 and summary.bytes / summary.requests or 0)
  line("latency_p50_ms", "%.3f", ms(latency:percentile(50)))
  line("latency_p90_ms", "%.3f", ms(latency:percentile(90)))
  line("latency_p99_ms", "%.3f", ms(latency:percentile(99)))
  line("latency_max_ms", "%.3f", ms(latency.max))
  line("errors_connect", "%d", e.connect)
  line("errors_read", "%d", e.read)
  line("errors_write", "%d", e.write)
  line("errors_timeout", "%d", e.timeout)
  line("errors_socket", "%d", socket)
  line("errors_status", "%d", e.status)
  line("errors_total", "%d", socket + e.status)
end
