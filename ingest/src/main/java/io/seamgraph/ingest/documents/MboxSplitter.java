package io.seamgraph.ingest.documents;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an mbox into its messages: each starts at a line beginning "From " (the mboxo/mboxrd separator, which
 * the message itself never carries), and a quoted "&gt;From " line in a body is unquoted. Bytes, not text, so
 * each message keeps its own declared charset for the e-mail parser.
 */
final class MboxSplitter {

    private MboxSplitter() {
    }

    static List<byte[]> split(byte[] mbox) {
        List<byte[]> messages = new ArrayList<>();
        ByteArrayOutputStream current = null;
        int start = 0;
        while (start < mbox.length) {
            int end = start;
            while (end < mbox.length && mbox[end] != '\n') {
                end++;
            }
            int next = Math.min(end + 1, mbox.length);
            if (startsWith(mbox, start, "From ")) {
                if (current != null) {
                    messages.add(current.toByteArray());
                }
                current = new ByteArrayOutputStream();
            } else if (current != null) {
                int from = start;
                // mboxrd: ">From " in a body was quoted once more when the mbox was written.
                if (startsWith(mbox, start, ">") && quotedFrom(mbox, start)) {
                    from++;
                }
                current.write(mbox, from, next - from);
            }
            start = next;
        }
        if (current != null) {
            messages.add(current.toByteArray());
        }
        return messages;
    }

    private static boolean quotedFrom(byte[] b, int start) {
        int i = start;
        while (i < b.length && b[i] == '>') {
            i++;
        }
        return startsWith(b, i, "From ");
    }

    private static boolean startsWith(byte[] b, int at, String prefix) {
        if (at + prefix.length() > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (b[at + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
