#!/usr/bin/env python3
"""Load test of the ranked candidates of one listing (issue 5: target < 50 ms), end to end over HTTP.

Against a running demo installation: lists N offers (as enterprise-etdz) and N needs (as enterprise-ouhai) at random
places in the 2 x 2 degree box around Wenzhou, each need accepting 1-3 of the catalogue's 32 non-hazardous
materials, then times GET /api/v1/exchange/listings/{id}/candidates for random offers and needs.

    python3 bench/candidates_load.py http://localhost:8099 10000
"""
import base64, json, random, statistics, sys, time, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
N = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
PASSWORD = "ParkLoop-Demo-2026"


def call(method, path, body=None, token=None, basic=None):
    req = urllib.request.Request(BASE + path, method=method, data=None if body is None else json.dumps(body).encode())
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", "Bearer " + token)
    if basic:
        req.add_header("Authorization", "Basic " + base64.b64encode(basic.encode()).decode())
    with urllib.request.urlopen(req) as r:
        return json.loads(r.read() or b"null")


def token(user):
    return call("POST", "/api/v1/me/tokens", {"name": "load test", "expires": time.strftime("%Y-%m-%d", time.localtime(time.time() + 86400 * 7))}, basic=user + ":" + PASSWORD)["token"]


def main():
    random.seed(2026)
    materials = [m["code"] for m in call("GET", "/api/v1/exchange/materials", basic="enterprise-etdz:" + PASSWORD)
                 if m["selectable"] and m["kind"] != "HAZARDOUS"]
    supplier, receiver = token("enterprise-etdz"), token("enterprise-ouhai")
    offers, needs = [], []
    t0 = time.time()
    if N == 0:  # reuse what an earlier run listed
        offers = [l["id"] for l in call("GET", "/api/v1/exchange/listings?kind=OFFER&mine=true", token=supplier)]
        needs = [l["id"] for l in call("GET", "/api/v1/exchange/listings?kind=NEED&mine=true", token=receiver)]
    for i in range(N):
        lat, lon = 27.0 + 2 * random.random(), 119.7 + 2 * random.random()
        offers.append(call("POST", "/api/v1/exchange/listings", {
            "kind": "OFFER", "title": "load offer %d" % i, "materialCode": random.choice(materials),
            "quantity": random.randint(10, 1000), "period": "YEAR", "disposalCost": random.randint(0, 200),
            "latitude": lat, "longitude": lon}, token=supplier)["id"])
        lat, lon = 27.0 + 2 * random.random(), 119.7 + 2 * random.random()
        needs.append(call("POST", "/api/v1/exchange/listings", {
            "kind": "NEED", "title": "load need %d" % i, "quantity": random.randint(10, 1000),
            "maxDistanceKm": random.randint(30, 150), "latitude": lat, "longitude": lon,
            "accepts": [{"materialCode": m, "valuePerUnit": random.randint(0, 150)}
                        for m in random.sample(materials, random.randint(1, 3))]}, token=receiver)["id"])
    print("listed %d offers and %d needs in %.0f s" % (len(offers), len(needs), time.time() - t0))
    for label, ids, tok in (("offer", offers, supplier), ("need", needs, receiver)):
        times, counts = [], []
        for _ in range(30):  # warm-up
            call("GET", "/api/v1/exchange/listings/%d/candidates" % random.choice(ids), token=tok)
        for _ in range(100):
            t = time.perf_counter()
            counts.append(len(call("GET", "/api/v1/exchange/listings/%d/candidates" % random.choice(ids), token=tok)))
            times.append(1000 * (time.perf_counter() - t))
        times.sort()
        print("%s candidates: median %.1f ms, p95 %.1f ms, max %.1f ms over 100 requests; %.0f candidates on average"
              % (label, statistics.median(times), times[int(0.95 * len(times)) - 1], times[-1], statistics.mean(counts)))


main()
