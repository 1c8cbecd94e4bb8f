-- A mixed crowd for the soak test: mostly the public (the dashboard, as of today and of random past dates, the goal
-- evaluation API, the goal set page), some signed-in office work (the SESSION cookie from the environment).
local session = os.getenv("SESSION")
local paths = {
  { "/", false }, { "/", false }, { "/", false },
  { "/api/v1/programme/goal-sets/1/evaluation", false },
  { "/goal-sets/1", false },
  { "/parks/wz-etdz", true }, { "/exchange", true }, { "/models/1", true }, { "/home", true },
}
math.randomseed(os.time())
request = function()
  local p = paths[math.random(#paths)]
  local path = p[1]
  if math.random(4) == 1 and path ~= "/home" and not p[2] then
    -- a past date: a different view each time, so the caches' bounds are exercised
    path = path .. "?asOf=" .. string.format("%d-%02d-%02d", math.random(2014, 2025), math.random(12), math.random(28))
  end
  local headers = {}
  if p[2] then headers["Cookie"] = "SESSION=" .. session end
  return wrk.format("GET", path, headers)
end
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors: status %d, timeout %d; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n",
    summary.requests, summary.errors.status, summary.errors.timeout, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
