#!/usr/bin/env python3
"""Reconciled values (no uncertainties) of a benchmark instance with SciPy's sparse direct solver, for comparison.

Usage: python3 scipy_reconcile.py instance.json
The instance is written by ExportInstance (same generator, same seed as the Java benchmark). The KKT system
[[W, A'], [A, 0]] over all flows (W = 1/sigma^2 for measured flows, 0 for unknown ones) is made quasi-definite with a
1e-10 regularisation so that unobservable unknowns do not make it singular, then solved by SuperLU (spsolve).
"""
import json
import sys
import time

import numpy as np
import scipy.sparse as sp
import scipy.sparse.linalg as spla


def main(path):
    model = json.load(open(path, encoding="utf-8"))
    t0 = time.perf_counter()
    processes = {p["id"]: i for i, p in enumerate(model["processes"])}
    flows = model["flows"]
    n, m = len(flows), len(processes)
    rows, cols, vals = [], [], []
    w = np.zeros(n)
    y = np.zeros(n)
    for j, f in enumerate(flows):
        if f["to"] is not None:
            rows.append(processes[f["to"]]); cols.append(j); vals.append(1.0)
        if f["from"] is not None:
            rows.append(processes[f["from"]]); cols.append(j); vals.append(-1.0)
        if f["value"] is not None:
            w[j] = 1.0 / f["sigma"] ** 2
            y[j] = f["value"]
    a = sp.csr_matrix((vals, (rows, cols)), shape=(m, n))
    reg = 1e-10
    kkt = sp.bmat([[sp.diags(w + reg), a.T], [a, -reg * sp.eye(m)]], format="csc")
    rhs = np.concatenate([w * y, np.zeros(m)])
    t1 = time.perf_counter()
    x = spla.spsolve(kkt, rhs)
    t2 = time.perf_counter()
    measured = w > 0
    chi2 = float(np.sum(w[measured] * (x[:n][measured] - y[measured]) ** 2))
    print(json.dumps({"processes": m, "flows": n, "assemble_s": round(t1 - t0, 3), "solve_s": round(t2 - t1, 3),
                      "chiSquare": round(chi2, 3)}))


if __name__ == "__main__":
    main(sys.argv[1])
