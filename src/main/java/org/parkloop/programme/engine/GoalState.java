package org.parkloop.programme.engine;

/** A goal's state on a date: final once the deadline has come, a forecast before. */
public enum GoalState {
	MET, NOT_MET, ON_TRACK, AT_RISK
}
