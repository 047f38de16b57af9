package org.stationatlas.geo;

/**
 * The coordinate systems Chinese maps speak: storage is always WGS-84; GCJ-02 (WeChat,
 * Amap, Tencent) and BD-09 (Baidu) are converted at the API's edge. Note that the GCJ-02
 * offset is only defined inside China's bounding box; outside it GCJ-02 equals WGS-84.
 */
public enum CoordSystem {

	WGS84 {
		@Override
		public GeoPoint toWgs84(double lat, double lng) {
			return new GeoPoint(lat, lng);
		}

		@Override
		public GeoPoint fromWgs84(GeoPoint p) {
			return p;
		}
	},

	GCJ02 {
		@Override
		public GeoPoint toWgs84(double lat, double lng) {
			return gcjToWgs(lat, lng);
		}

		@Override
		public GeoPoint fromWgs84(GeoPoint p) {
			return wgsToGcj(p.lat(), p.lng());
		}
	},

	BD09 {
		@Override
		public GeoPoint toWgs84(double lat, double lng) {
			GeoPoint gcj = bdToGcj(lat, lng);
			return gcjToWgs(gcj.lat(), gcj.lng());
		}

		@Override
		public GeoPoint fromWgs84(GeoPoint p) {
			GeoPoint gcj = wgsToGcj(p.lat(), p.lng());
			return gcjToBd(gcj.lat(), gcj.lng());
		}
	};

	/** The Krasovsky 1940 ellipsoid the GCJ-02 transform is defined on. */
	private static final double A = 6378245.0;

	private static final double EE = 0.00669342162296594323;

	private static final double X_PI = Math.PI * 3000.0 / 180.0;

	/** Well below the 1e-6 degrees (0.1 m) the database keeps. */
	private static final double TOLERANCE = 1e-7;

	private static final int MAX_ITERATIONS = 30;

	/** A point given in this system, in WGS-84. */
	public abstract GeoPoint toWgs84(double lat, double lng);

	/** A WGS-84 point in this system. */
	public abstract GeoPoint fromWgs84(GeoPoint p);

	static boolean outsideChina(double lat, double lng) {
		return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
	}

	static GeoPoint wgsToGcj(double lat, double lng) {
		if (outsideChina(lat, lng)) {
			return new GeoPoint(lat, lng);
		}
		double x = lng - 105.0;
		double y = lat - 35.0;
		double radLat = lat / 180.0 * Math.PI;
		double magic = 1 - EE * Math.sin(radLat) * Math.sin(radLat);
		double sqrtMagic = Math.sqrt(magic);
		double dLat = (offsetLat(x, y) * 180.0) / ((A * (1 - EE)) / (magic * sqrtMagic) * Math.PI);
		double dLng = (offsetLng(x, y) * 180.0) / (A / sqrtMagic * Math.cos(radLat) * Math.PI);
		return new GeoPoint(lat + dLat, lng + dLng);
	}

	/**
	 * The transform has no closed-form inverse; the usual one-step approximation is off
	 * by up to about 5 m, so this iterates (the offset changes slowly, so it converges in
	 * a few steps).
	 */
	static GeoPoint gcjToWgs(double lat, double lng) {
		double wLat = lat;
		double wLng = lng;
		for (int i = 0; i < MAX_ITERATIONS; i++) {
			GeoPoint there = wgsToGcj(wLat, wLng);
			double errLat = there.lat() - lat;
			double errLng = there.lng() - lng;
			if (Math.abs(errLat) < TOLERANCE && Math.abs(errLng) < TOLERANCE) {
				break;
			}
			wLat -= errLat;
			wLng -= errLng;
		}
		return new GeoPoint(wLat, wLng);
	}

	static GeoPoint gcjToBd(double lat, double lng) {
		double z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
		double theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
		return new GeoPoint(z * Math.sin(theta) + 0.006, z * Math.cos(theta) + 0.0065);
	}

	static GeoPoint bdToGcj(double lat, double lng) {
		double x = lng - 0.0065;
		double y = lat - 0.006;
		double z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
		double theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
		return new GeoPoint(z * Math.sin(theta), z * Math.cos(theta));
	}

	private static double offsetLat(double x, double y) {
		double ret = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin(y / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (160.0 * Math.sin(y / 12.0 * Math.PI) + 320 * Math.sin(y * Math.PI / 30.0)) * 2.0 / 3.0;
		return ret;
	}

	private static double offsetLng(double x, double y) {
		double ret = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
		ret += (20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0 / 3.0;
		ret += (20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin(x / 3.0 * Math.PI)) * 2.0 / 3.0;
		ret += (150.0 * Math.sin(x / 12.0 * Math.PI) + 300.0 * Math.sin(x / 30.0 * Math.PI)) * 2.0 / 3.0;
		return ret;
	}

}
