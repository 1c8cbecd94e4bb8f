package org.parkloop.materialflow.engine;

/** The upper tail of the χ² distribution, through the regularised incomplete gamma function. */
final class ChiSquare {

	private ChiSquare() {
	}

	/** P(X ≥ x) for X ~ χ²(dof); 1 for dof 0. */
	static double pValue(double x, int dof) {
		if (dof <= 0) {
			return 1.0;
		}
		if (x <= 0) {
			return 1.0;
		}
		return upperGamma(dof / 2.0, x / 2.0);
	}

	/** Q(a, x) = Γ(a, x) / Γ(a): series below a + 1, continued fraction above (Numerical Recipes 6.2). */
	static double upperGamma(double a, double x) {
		if (x < a + 1) {
			double sum = 1.0 / a;
			double term = sum;
			for (int n = 1; n < 1000; n++) {
				term *= x / (a + n);
				sum += term;
				if (Math.abs(term) < Math.abs(sum) * 1e-15) {
					break;
				}
			}
			return 1.0 - sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
		}
		double b = x + 1 - a;
		double c = 1.0 / 1e-300;
		double d = 1.0 / b;
		double h = d;
		for (int i = 1; i < 1000; i++) {
			double an = -i * (i - a);
			b += 2;
			d = an * d + b;
			d = Math.abs(d) < 1e-300 ? 1e-300 : d;
			c = b + an / c;
			c = Math.abs(c) < 1e-300 ? 1e-300 : c;
			d = 1.0 / d;
			double delta = d * c;
			h *= delta;
			if (Math.abs(delta - 1) < 1e-15) {
				break;
			}
		}
		return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
	}

	/** Lanczos approximation. */
	static double logGamma(double x) {
		double[] g = { 76.18009172947146, -86.50532032941677, 24.01409824083091, -1.231739572450155,
				0.1208650973866179e-2, -0.5395239384953e-5 };
		double y = x;
		double tmp = x + 5.5;
		tmp -= (x + 0.5) * Math.log(tmp);
		double ser = 1.000000000190015;
		for (double c : g) {
			ser += c / ++y;
		}
		return -tmp + Math.log(2.5066282746310005 * ser / x);
	}
}
