package io.seamgraph.text.extract;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first promise with a due time in a text: a commitment ("we will", "you'll receive", "should arrive"),
 * what is promised (a call back, a refund, a delivery) and when ("within 24 hours", "in 5 to 7 business days",
 * "by Friday", "tomorrow"). A range counts to its upper end, since only then is the promise broken. A day named
 * without a time ("by Friday", "tomorrow") is due at the end of that day in the source's zone.
 */
public final class PromiseFinder {

    private static final String NUMBER = "(\\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
        + "fourteen|twenty|twenty-four|thirty|forty-eight|seventy-two|a|an)";
    private static final String UNIT = "(hours?|hrs?|days?|business days?|working days?|weeks?)";
    private static final Pattern COMMITMENT = Pattern.compile(
        "\\b(we will|we'll|we shall|i will|i'll|you will|you'll|should|will be|is going to|are going to|promise|expect)\\b",
        Pattern.CASE_INSENSITIVE);
    private static final Map<String, Pattern> TYPES = new java.util.LinkedHashMap<>();

    static {
        TYPES.put("callback", Pattern.compile("\\b(call(ing)? you back|call back|callback|ring you( back)?|phone you( back)?|give you a call|get back to you)\\b", Pattern.CASE_INSENSITIVE));
        TYPES.put("refund", Pattern.compile("\\b(refund(ed|s)?|money back|reimburse(d|ment)?|credit(ed)? (back )?to your)\\b", Pattern.CASE_INSENSITIVE));
        TYPES.put("delivery", Pattern.compile("\\b(deliver(ed|y)?|arrive|dispatch(ed)?|ship(ped)?|with you)\\b", Pattern.CASE_INSENSITIVE));
    }

    private static final Pattern RANGE = Pattern.compile(
        "\\b(?:within|in)\\s+(?:the\\s+next\\s+)?" + NUMBER + "\\s*(?:to|-|–|or)\\s*" + NUMBER + "\\s+" + UNIT + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPAN = Pattern.compile(
        "\\b(?:within|in|inside)\\s+(?:the\\s+next\\s+)?" + NUMBER + "\\s+" + UNIT + "\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WEEKDAY = Pattern.compile(
        "\\b(?:by|on|before|until)\\s+(?:this\\s+|next\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TOMORROW = Pattern.compile("\\btomorrow\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern TODAY = Pattern.compile("\\b(today|end of (the )?day|this afternoon|this evening)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEXT_WEEK = Pattern.compile("\\b(next week|end of the week)\\b", Pattern.CASE_INSENSITIVE);
    private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
        Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
        Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
        Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fourteen", 14), Map.entry("twenty", 20),
        Map.entry("twenty-four", 24), Map.entry("thirty", 30), Map.entry("forty-eight", 48), Map.entry("seventy-two", 72));

    private final ZoneId zone;

    public PromiseFinder(ZoneId zone) {
        this.zone = zone;
    }

    /** The first promise with a due time among the sentences, resolved against {@code writtenAt}. */
    public Optional<Promise> find(List<String> sentences, Instant writtenAt) {
        if (writtenAt == null) {
            return Optional.empty();
        }
        for (String sentence : sentences) {
            if (!COMMITMENT.matcher(sentence).find()) {
                continue;
            }
            Optional<String> type = TYPES.entrySet().stream().filter(e -> e.getValue().matcher(sentence).find())
                .map(Map.Entry::getKey).findFirst();
            if (type.isEmpty()) {
                continue;
            }
            Optional<Due> due = due(sentence, writtenAt.atZone(zone));
            if (due.isPresent()) {
                return Optional.of(new Promise(type.get(), due.get().at(), sentence.strip()));
            }
        }
        return Optional.empty();
    }

    private record Due(Instant at) {
    }

    private Optional<Due> due(String sentence, ZonedDateTime from) {
        Matcher m = RANGE.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Due(plus(from, number(m.group(2)), m.group(3))));
        }
        m = SPAN.matcher(sentence);
        if (m.find()) {
            return Optional.of(new Due(plus(from, number(m.group(1)), m.group(2))));
        }
        m = WEEKDAY.matcher(sentence);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
            return Optional.of(new Due(endOf(from.toLocalDate().with(TemporalAdjusters.next(day)))));
        }
        if (TOMORROW.matcher(sentence).find()) {
            return Optional.of(new Due(endOf(from.toLocalDate().plusDays(1))));
        }
        if (NEXT_WEEK.matcher(sentence).find()) {
            return Optional.of(new Due(endOf(from.toLocalDate().plusWeeks(1))));
        }
        if (TODAY.matcher(sentence).find()) {
            return Optional.of(new Due(endOf(from.toLocalDate())));
        }
        return Optional.empty();
    }

    private Instant endOf(LocalDate day) {
        return day.atTime(LocalTime.MAX).truncatedTo(ChronoUnit.SECONDS).atZone(zone).toInstant();
    }

    private static Instant plus(ZonedDateTime from, int amount, String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("business") || u.startsWith("working")) {
            ZonedDateTime at = from;
            int left = amount;
            while (left > 0) {
                at = at.plusDays(1);
                if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    left--;
                }
            }
            return at.toInstant();
        }
        if (u.startsWith("h")) {
            return from.plusHours(amount).toInstant();
        }
        if (u.startsWith("week")) {
            return from.plusWeeks(amount).toInstant();
        }
        return from.plusDays(amount).toInstant();
    }

    private static int number(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        return WORDS.containsKey(w) ? WORDS.get(w) : Integer.parseInt(w);
    }
}
