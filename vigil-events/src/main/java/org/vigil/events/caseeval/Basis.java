package org.vigil.events.caseeval;

/** What decided a snippet's type: a rule on the coder's events, a rule on cue words alone, or the default rule. */
public enum Basis { EVENTS, CUES, DEFAULT }
