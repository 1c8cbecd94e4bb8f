package org.parkloop.energy.engine;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.parkloop.energy.engine.ChinaCoordinates.Crs;
import org.parkloop.energy.engine.ChinaCoordinates.Point;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Against published worked examples: eviltransform's WGS-84 → GCJ-02 cases (Shanghai, Shenzhen, Beijing; its test
 * asserts six decimals), coordtransform's BD-09 ↔ GCJ-02 example (Baidu's transform with π·3000/180, exactly;
 * eviltransform's BD cases use π instead and differ by up to 40 m, so they only show how far Baidu points move); and,
 * for the inverse, brute force: random points across China go there and back to within a centimetre (through BD-09,
 * whose published inverse is itself approximate, within half a metre).
 */
class ChinaCoordinatesTest {

	// wgsLat, wgsLng, gcjLat, gcjLng (github.com/googollee/eviltransform, python/test.py)
	static final double[][] WGS_GCJ = { { 31.1774276, 121.5272106, 31.17530398364597, 121.531541859215 },
			{ 22.543847, 113.912316, 22.540796131694766, 113.9171764808363 },
			{ 39.911954, 116.377817, 39.91334545536069, 116.38404722455657 } };

	// bdLat, bdLng (the same test file): points near Jinhua, Zhejiang
	static final double[][] BD_WGS = { { 29.199786, 120.019809, 29.196131605295484, 120.00877901149691 },
			{ 29.210504, 120.036455, 29.206795749156136, 120.0253853970846 } };

	@Test
	void wgsToGcjMatchesThePublishedCases() {
		for (double[] c : WGS_GCJ) {
			Point gcj = ChinaCoordinates.wgsToGcj(new Point(c[0], c[1]));
			assertThat(gcj.lat()).isCloseTo(c[2], within(1e-6));
			assertThat(gcj.lng()).isCloseTo(c[3], within(1e-6));
			// and back, exactly: within a centimetre of where it started
			Point wgs = ChinaCoordinates.toWgs84(Crs.GCJ02, gcj);
			assertThat(ChinaCoordinates.metres(wgs, new Point(c[0], c[1]))).isLessThan(0.01);
		}
	}

	@Test
	void baiduCoordinatesComeToWgs84() {
		for (double[] c : BD_WGS) {
			Point wgs = ChinaCoordinates.toWgs84(Crs.BD09, new Point(c[0], c[1]));
			// the offset it removes is hundreds of metres: enough to put a boiler on the wrong side of a boundary
			assertThat(ChinaCoordinates.metres(wgs, new Point(c[0], c[1]))).isGreaterThan(500);
		}
		// github.com/wandergis/coordtransform, test/app.js: bd09togcj02 and gcj02tobd09 of (116.404, 39.915)
		Point gcj = ChinaCoordinates.bdToGcj(new Point(39.915, 116.404));
		assertThat(gcj.lng()).isCloseTo(116.39762729119315, within(1e-9));
		assertThat(gcj.lat()).isCloseTo(39.90865673957631, within(1e-9));
		Point bd = ChinaCoordinates.gcjToBd(new Point(39.915, 116.404));
		assertThat(bd.lng()).isCloseTo(116.41036949371029, within(1e-9));
		assertThat(bd.lat()).isCloseTo(39.92133699351021, within(1e-9));
	}

	@Test
	void everyPointInChinaGoesThereAndBack() {
		Random random = new Random(13);
		for (int i = 0; i < 10_000; i++) {
			Point wgs = new Point(18 + random.nextDouble() * 35, 75 + random.nextDouble() * 60);
			Point back = ChinaCoordinates.toWgs84(Crs.GCJ02, ChinaCoordinates.wgsToGcj(wgs));
			assertThat(ChinaCoordinates.metres(back, wgs)).isLessThan(0.01);
			Point viaBaidu = ChinaCoordinates.toWgs84(Crs.BD09, ChinaCoordinates.gcjToBd(ChinaCoordinates.wgsToGcj(wgs)));
			assertThat(ChinaCoordinates.metres(viaBaidu, wgs)).isLessThan(0.5);
		}
	}

	@Test
	void outsideChinaNothingMoves() {
		Point tokyo = new Point(35.68, 139.77);
		assertThat(ChinaCoordinates.toWgs84(Crs.GCJ02, tokyo)).isEqualTo(tokyo);
		assertThat(ChinaCoordinates.wgsToGcj(tokyo)).isEqualTo(tokyo);
	}
}
