package io.seamgraph.contract;

/**
 * Settings every source inherits unless it declares its own.
 *
 * @param phoneRegion      ISO 3166 region used to read phone numbers written without a country code
 * @param timeZone         IANA zone for timestamps written without an offset
 * @param maxRejectedShare share of a source's rows that may be quarantined before the job fails (0..1)
 * @param maxDocumentBytes largest document file read; larger ones go to quarantine (default 10 MB)
 */
public record Defaults(String phoneRegion, String timeZone, Double maxRejectedShare, Long maxDocumentBytes) {

    private static final String STANDARD_REGION = "GB";
    private static final String STANDARD_ZONE = "UTC";
    private static final double STANDARD_MAX_REJECTED_SHARE = 0.05;
    private static final long STANDARD_MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;

    public Defaults {
        phoneRegion = phoneRegion == null ? STANDARD_REGION : phoneRegion;
        timeZone = timeZone == null ? STANDARD_ZONE : timeZone;
        maxRejectedShare = maxRejectedShare == null ? STANDARD_MAX_REJECTED_SHARE : maxRejectedShare;
        maxDocumentBytes = maxDocumentBytes == null ? STANDARD_MAX_DOCUMENT_BYTES : maxDocumentBytes;
    }

    /** The settings of sources files written before documents existed. */
    public Defaults(String phoneRegion, String timeZone, Double maxRejectedShare) {
        this(phoneRegion, timeZone, maxRejectedShare, null);
    }

    public static Defaults standard() {
        return new Defaults(null, null, null, null);
    }
}
