package org.parkloop.shared;

/** What a user does on the platform (DESIGN.md "Who uses it"). A scoped role is bound to a unit, a park or an enterprise. */
public enum Role {
	/** 系统管理员: accounts and system settings only. */
	ADMIN(null),
	/** 市发改委/市财政局: all parks. */
	CITY(null),
	/** 县(市、区)发改局/财政局: the parks its unit administers. */
	COUNTY("administeringUnit"),
	/** 园区管委会: one park. */
	PARK("park"),
	/** 企业: itself. */
	ENTERPRISE("enterprise"),
	/** 工程咨询机构: the parks that engaged it. */
	CONSULTANT("park"),
	/** 评审专家: the plans assigned to it. */
	EXPERT(null);

	private final String scopeKind;

	Role(String scopeKind) {
		this.scopeKind = scopeKind;
	}

	/** What the scope names ("park", "enterprise", "administeringUnit"), or null for a role without scope. */
	public String scopeKind() {
		return scopeKind;
	}

	public boolean scoped() {
		return scopeKind != null;
	}
}
