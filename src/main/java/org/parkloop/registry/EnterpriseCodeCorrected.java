package org.parkloop.registry;

/**
 * An enterprise's stored credit code was wrong and has been corrected. Published inside the correcting transaction,
 * after the registry holds the record under both codes and before it drops the old one: every module that keeps the
 * code (the exchange's listings, licences and deals, identity's grants, the material flows' deliveries) moves its
 * own rows to the new code in the same transaction, or the correction does not happen at all.
 */
public record EnterpriseCodeCorrected(String from, String to) {
}
