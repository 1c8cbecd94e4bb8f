-- wrk -s bench/load/percentiles.lua ...: prints the percentiles BENCHMARKS.md reports (p95 among them)
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d (status %d, timeout %d), %.1f requests/s\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout, summary.errors.status, summary.errors.timeout,
    summary.requests / (summary.duration / 1e6)))
  for _, p in ipairs({50, 90, 95, 99}) do
    io.write(string.format("p%d %.1f ms\n", p, latency:percentile(p) / 1000))
  end
end
