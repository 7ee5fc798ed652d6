package org.vigil.events.patterns;

/**
 * A predicate that takes another event as its content: "urged Serbia to withdraw" is an appeal whose code
 * depends on what is asked for. {@link FrameTable} gives the code of each frame for each embedded code.
 */
public enum Frame {
    APPEAL, DEMAND, INTENT, THREAT, REFUSE, ACCUSE, INVESTIGATE
}
