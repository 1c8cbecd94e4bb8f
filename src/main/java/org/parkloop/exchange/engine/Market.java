package org.parkloop.exchange.engine;

import java.util.List;

/**
 * An allocation problem: offers of materials and wants that accept some of them, on a map.
 *
 * @param transportCostPerTonneKm the cost of moving a tonne one kilometre
 * @param roadFactor road distance over great-circle distance
 */
public record Market(List<Offer> offers, List<Want> wants, double transportCostPerTonneKm, double roadFactor) {

	/**
	 * @param material a material code; for hazardous waste its eight-digit code of the 国家危险废物名录 (900-249-08)
	 * @param disposalCostPerTonne what disposing of it otherwise costs (avoided by an exchange)
	 */
	public record Offer(String id, String material, double quantity, double lat, double lon,
			double disposalCostPerTonne, boolean hazardous) {

		/** HW08 for 900-249-08. */
		public String hazardousCategory() {
			int dash = material.lastIndexOf('-');
			return dash < 0 ? material : "HW" + material.substring(dash + 1);
		}
	}

	/**
	 * @param quantity the tonnes of accepted material it can take in total
	 * @param licensedCodes the hazardous-waste codes or HW categories its licence covers
	 */
	public record Want(String id, double quantity, double lat, double lon, double maxDistanceKm, List<Accept> accepts,
			List<String> licensedCodes) {
	}

	/**
	 * A material a want accepts and what a tonne of it is worth there (the input it replaces).
	 *
	 * @param maxDistanceKm how far this material may travel to the want (steam: about 10 km), beside the want's own limit
	 */
	public record Accept(String material, double valuePerTonne, double maxDistanceKm) {

		public Accept(String material, double valuePerTonne) {
			this(material, valuePerTonne, Double.POSITIVE_INFINITY);
		}
	}
}
