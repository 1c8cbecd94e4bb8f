package org.parkloop.energy.engine;

/**
 * Coordinates taken from Chinese web maps, brought to WGS-84 (R10: whether a boiler lies inside a heat network's
 * coverage depends on it, and the offsets are several hundred metres). GCJ-02 (国测局坐标, 高德/腾讯) is WGS-84 plus
 * the published obfuscation offset; BD-09 (百度) is GCJ-02 rotated and shifted once more. The offset is computed on
 * the Krasovsky ellipsoid (a = 6,378,245 m) as the widely published implementations do; GCJ-02 is turned back into
 * WGS-84 by fixed-point iteration to well under a centimetre, not by the one-step approximation (1-2 m off). Outside
 * China no offset is applied. Plain Java, tested against the published worked examples of eviltransform.
 */
public final class ChinaCoordinates {

	/** The reference system a coordinate was taken in. */
	public enum Crs {
		WGS84, GCJ02, BD09
	}

	/** A point: latitude and longitude in degrees. */
	public record Point(double lat, double lng) {
	}

	private static final double A = 6378245.0;
	private static final double EE = 0.00669342162296594323;
	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	private ChinaCoordinates() {
	}

	/** The point in WGS-84, from the system it was taken in. */
	public static Point toWgs84(Crs crs, Point p) {
		return switch (crs) {
			case WGS84 -> p;
			case GCJ02 -> gcjToWgs(p);
			case BD09 -> gcjToWgs(bdToGcj(p));
		};
	}

	public static boolean outOfChina(Point p) {
		return p.lng() < 72.004 || p.lng() > 137.8347 || p.lat() < 0.8293 || p.lat() > 55.8271;
	}

	public static Point wgsToGcj(Point p) {
		if (outOfChina(p)) {
			return p;
		}
		double[] d = delta(p.lat(), p.lng());
		return new Point(p.lat() + d[0], p.lng() + d[1]);
	}

	/** The WGS-84 point whose GCJ-02 offset lands on the given one, by fixed-point iteration. */
	public static Point gcjToWgs(Point gcj) {
		if (outOfChina(gcj)) {
			return gcj;
		}
		double lat = gcj.lat();
		double lng = gcj.lng();
		for (int i = 0; i < 30; i++) {
			Point there = wgsToGcj(new Point(lat, lng));
			double dLat = there.lat() - gcj.lat();
			double dLng = there.lng() - gcj.lng();
			lat -= dLat;
			lng -= dLng;
			if (Math.abs(dLat) < 1e-10 && Math.abs(dLng) < 1e-10) {
				break;
			}
		}
		return new Point(lat, lng);
	}

	public static Point bdToGcj(Point bd) {
		double x = bd.lng() - 0.0065;
		double y = bd.lat() - 0.006;
		double z = Math.hypot(x, y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		return new Point(z * Math.sin(theta), z * Math.cos(theta));
	}

	public static Point gcjToBd(Point gcj) {
		double x = gcj.lng();
		double y = gcj.lat();
		double z = Math.hypot(x, y) + 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) + 0.000003 * Math.cos(x * X_PI);
		return new Point(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
	}

	/** The great-circle distance in metres (haversine: exact to the millimetre at short range). */
	public static double metres(Point a, Point b) {
		double r = Math.PI / 180;
		double dLat = (b.lat() - a.lat()) * r;
		double dLng = (b.lng() - a.lng()) * r;
		double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
				+ Math.cos(a.lat() * r) * Math.cos(b.lat() * r) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
		return 2 * 6378137.0 * Math.asin(Math.min(1, Math.sqrt(h)));
	}

	private static double[] delta(double lat, double lng) {
		double x = lng - 105.0;
		double y = lat - 35.0;
		double dLat = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		double dLng = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		double common = (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		dLat += common + (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		dLng += common + (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0
				+ (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		double radLat = lat / 180.0 * Math.PI;
		double magic = Math.sin(radLat);
		magic = 1 - EE * magic * magic;
		double sqrtMagic = Math.sqrt(magic);
		dLat = (dLat * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		dLng = (dLng * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new double[] { dLat, dLng };
	}
}
