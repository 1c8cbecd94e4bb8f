#!/usr/bin/env python3
"""The exchange allocation as a linear programme solved by HiGHS (SciPy), on an instance written by ExportMarket:
the independent solver of issue 5's benchmark. Same rules as the engine: the want accepts the material, haversine
distance (R = 6371.0088 km) x road factor within the want's maximum, hazardous offers only to licensed wants, positive
net benefit. Prints the pairs, the optimum and the times (pairs in NumPy, then the LP).

    java -cp bench/target/benchmarks.jar org.parkloop.bench.ExportMarket 3000 2026 /tmp/m3000.json
    python3 bench/scipy_allocate.py /tmp/m3000.json
"""
import json, sys, time
import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix, vstack

R = 6371.0088
m = json.load(open(sys.argv[1]))
t0 = time.perf_counter()
offers, wants = m["offers"], m["wants"]
olat = np.radians([o["lat"] for o in offers]); olon = np.radians([o["lon"] for o in offers])
by_material = {}
for w_index, w in enumerate(wants):
    for a in w["accepts"]:
        by_material.setdefault(a["material"], []).append((w_index, a["valuePerTonne"]))
rows, cols, benefit = [], [], []
for o_index, o in enumerate(offers):
    cand = by_material.get(o["material"], [])
    if not cand:
        continue
    idx = np.array([c[0] for c in cand]); val = np.array([c[1] for c in cand])
    wlat = np.radians([wants[i]["lat"] for i in idx]); wlon = np.radians([wants[i]["lon"] for i in idx])
    h = np.sin((wlat - olat[o_index]) / 2) ** 2 + np.cos(olat[o_index]) * np.cos(wlat) * np.sin((wlon - olon[o_index]) / 2) ** 2
    d = 2 * R * np.arcsin(np.minimum(1, np.sqrt(h))) * m["roadFactor"]
    b = o["disposalCostPerTonne"] + val - m["transportCostPerTonneKm"] * d
    ok = (d <= np.array([wants[i]["maxDistanceKm"] for i in idx])) & (b > 0)
    if o["hazardous"]:
        cat = "HW" + o["material"].rsplit("-", 1)[-1]
        ok &= np.array([o["material"] in wants[i]["licensedCodes"] or cat in wants[i]["licensedCodes"] for i in idx])
    for i, bb in zip(idx[ok], b[ok]):
        rows.append(o_index); cols.append(i); benefit.append(bb)
pairs = len(benefit)
t1 = time.perf_counter()
k = np.arange(pairs)
supply = csr_matrix((np.ones(pairs), (np.array(rows), k)), shape=(len(offers), pairs))
demand = csr_matrix((np.ones(pairs), (np.array(cols), k)), shape=(len(wants), pairs))
res = linprog(-np.array(benefit), A_ub=vstack([supply, demand]).tocsr(),
              b_ub=np.array([o["quantity"] for o in offers] + [w["quantity"] for w in wants]),
              bounds=(0, None), method="highs")
t2 = time.perf_counter()
print("pairs=%d HiGHS optimum %.2f (%s) pairs %.2f s, LP %.2f s" % (pairs, -res.fun, res.message, t1 - t0, t2 - t1))
