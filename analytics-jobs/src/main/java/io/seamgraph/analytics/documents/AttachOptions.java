package io.seamgraph.analytics.documents;

import java.time.Duration;

/**
 * How an interaction document finds the touchpoint it transcribes when it names no case.
 *
 * @param tolerance the largest |at difference| between the document and a touchpoint of the same channel. Helpdesk and
 *                  call-centre exports stamp a message or call when it is logged, a transcript or e-mail when it
 *                  starts or is sent: the two differ by the length of a call or chat, and an agent logging a call
 *                  after hanging up adds a few minutes more. 30 minutes covers that, yet is shorter than the usual
 *                  spacing of two separate contacts on one channel, which would otherwise compete for one document.
 */
public record AttachOptions(Duration tolerance) {

    public static final AttachOptions DEFAULTS = new AttachOptions(Duration.ofMinutes(30));

    public AttachOptions {
        if (tolerance == null || tolerance.isNegative()) {
            throw new IllegalArgumentException("document attach tolerance must be zero or more, was " + tolerance);
        }
    }
}
