package io.smsdocs.core.programme;

/**
 * The computed implementation programme of one descriptor: the dependency-ordered plan with its
 * capability profile, and the certification roadmap built on it.
 *
 * @param dated whether the plan has a real start date; an undated plan is scheduled from a nominal
 *              Monday and shown in weeks, so the output never depends on the day it was generated
 */
public record Programme(ImplementationPlan plan, CertificationRoadmap roadmap, boolean dated) {
}
