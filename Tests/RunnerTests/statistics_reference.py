# Reference values for StatisticsTests.swift: exact conditional rank-sum
# p-values by brute-force enumeration (mid-ranks for ties), checked against
# scipy where scipy is exact (no ties); type-7 quantiles from numpy.
import itertools, math
import numpy as np
from scipy.stats import mannwhitneyu, rankdata
inf = math.inf

def ranksum_p(a, b):
    pooled = a + b
    r = rankdata(pooled)  # mid-ranks; inf ties rank together
    obs = sum(r[:len(a)])
    le = ge = tot = 0
    for c in itertools.combinations(range(len(pooled)), len(a)):
        s = sum(r[i] for i in c)
        tot += 1
        if s <= obs + 1e-9: le += 1
        if s >= obs - 1e-9: ge += 1
    return le / tot, ge / tot, min(1, 2 * min(le, ge) / tot)

def perm_p(a, b):
    pooled = a + b
    obs = np.mean(a) - np.mean(b)
    le = ge = tot = 0
    for c in itertools.combinations(range(len(pooled)), len(a)):
        ga = [pooled[i] for i in c]
        gb = [pooled[i] for i in range(len(pooled)) if i not in c]
        d = np.mean(ga) - np.mean(gb)
        tot += 1
        if d <= obs + 1e-12: le += 1
        if d >= obs - 1e-12: ge += 1
    return le / tot, ge / tot, min(1, 2 * min(le, ge) / tot)

cases = {
 "separated": ([1, 2, 3], [4, 5, 6]),
 "censoredBoth": ([3, 5, inf, inf], [4, 6, 7, inf, inf, inf]),
 "allCensoredA": ([inf, inf, inf], [1, 2, 3, inf]),
 "finiteTies": ([1, 2, 2, 3, 5, 5], [2, 3, 4, 5, 6, 6, 7]),
 "mixed": ([120, 340, inf, 95, 210, inf, 180, 400, inf, 150], [300, 410, inf, inf, 380, 290, inf, inf, 500, 350]),
}
for name, (a, b) in cases.items():
    print(name, [repr(x) for x in ranksum_p(a, b)])
a = [0.31, 0.12, 0.55, 0.47, 0.09, 0.28, 0.61, 0.33, 0.18, 0.40]
b = [0.52, 0.71, 0.45, 0.66, 0.38, 0.80, 0.59, 0.73, 0.49, 0.91, 0.64, 0.57]
for alt in ["less", "greater", "two-sided"]:
    print("scipy", alt, repr(mannwhitneyu(a, b, alternative=alt, method="exact").pvalue))
print("perm", [repr(x) for x in perm_p([1.5, 2.0, 2.5, 4.0], [3.0, 3.5, 5.0, 6.0, 4.5])])
print("quantiles", [repr(np.quantile([1, 2, 3, 4], p)) for p in [0, 0.25, 0.5, 0.75, 1]])
print("q", repr(np.quantile([7.0, 1.0, 3.5, 10.0, 2.25], 0.3)), repr(np.quantile([7.0, 1.0, 3.5, 10.0, 2.25], 0.9)))

# A medium case, too big to enumerate: the counts by a vectorised DP over
# doubled mid-ranks (float64, like the Swift code but without its shortcuts).
def dp_tails(a, b):
    r = (2 * rankdata(a + b)).astype(np.int64)
    obs = r[:len(a)].sum(); n = len(a); S = r.sum()
    f = np.zeros((n + 1, S + 1)); f[0, 0] = 1
    for x in r:
        f[1:, x:] += f[:-1, :S + 1 - x].copy()
    row = f[n]
    le, ge = row[:obs + 1].sum() / row.sum(), row[obs:].sum() / row.sum()
    return le, ge, min(1, 2 * min(le, ge))
med_a = [float((7 * i) % 23) for i in range(25)] + [inf] * 3
med_b = [float((5 * i) % 19 + 4) for i in range(30)] + [inf] * 8
print("medium", len(med_a), len(med_b), [repr(float(x)) for x in dp_tails(med_a, med_b)])
print("mixed via dp", [repr(float(x)) for x in dp_tails(*cases["mixed"])])
