package io.seamgraph.sample;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * What the generated customers and agents write: phrase banks per topic and sentiment, put together with openers,
 * details and sign-offs for each kind of document, with slips (typos, American spelling, lower case) now and then.
 * Written for the generator only; the classifiers' corpus is written separately, so evaluating on these documents is
 * not evaluating on training data.
 */
final class DocumentTexts {

    static final String BRAND = "Acme Home";

    /** Core sentences: topic -> [negative, neutral, positive] -> variants. Slots: {order} {product} {days} {store}. */
    private static final Map<String, String[][]> CORE = Map.ofEntries(
        Map.entry("delivery", new String[][] {
            {"Order {order} should have been here {days} days ago and the courier has no idea where it is.",
                "The van never turned up in my slot, wasted a whole day waiting in for the {product}.",
                "My {product} came with the box caved in and a dent in the side.",
                "Tracking for {order} has said 'with courier' for {days} days now.",
                "Delivered to the wrong house apparently. I have nothing."},
            {"Could you tell me when order {order} will be delivered?",
                "Is it possible to move the delivery of my {product} to next week?",
                "Which courier is bringing order {order}? I want to leave a safe place note.",
                "Tracking on {order} hasn't updated since yesterday, is that normal?"},
            {"My {product} turned up a day before the estimate, lovely.",
                "The driver was really careful with the {product}, brought it right in.",
                "Order {order} arrived quickly and packed really well.",
                "Spot on delivery, the text with the time slot was very useful."}}),
        Map.entry("refund", new String[][] {
            {"I sent the {product} back {days} days ago and there is still no refund.",
                "The refund for {order} is short, I paid more than you gave back.",
                "You confirmed my return on {order} but the money never arrived.",
                "Still chasing the refund for the {product}. Nobody seems to know anything."},
            {"How do I send back the {product} from order {order}?",
                "Can I swap the {product} for a different size rather than get a refund?",
                "I posted my return for {order} today, how long until the refund?",
                "Do I need the original box to return the {product}?"},
            {"Refund for the {product} came through really fast, thank you.",
                "Return was easy and the money for {order} is already back on my card.",
                "Thanks for the quick refund, no hassle at all."}}),
        Map.entry("billing_query", new String[][] {
            {"My bill this month has a charge I can't account for and it's not small.",
                "You've charged me twice for {order}, I want one of them back.",
                "Still being billed for a service I stopped months ago.",
                "The amount on my statement is higher than we agreed, again."},
            {"Can someone explain the charges on my latest bill?",
                "There is a line on my statement I don't recognise, what is it for?",
                "Why is this month's bill different to last month's?"},
            {"Thanks for going through my bill with me, it all adds up now.",
                "The double charge was put right the same day, much appreciated."}}),
        Map.entry("product_question", new String[][] {
            {"The {product} stopped working after {days} days.",
                "Quality of the {product} is poor, it is coming apart already.",
                "The {product} looks nothing like the picture on the website."},
            {"Does the {product} come in a larger size?",
                "Is the {product} suitable for outdoor use?",
                "When is the {product} back in stock?",
                "What is the guarantee on the {product}?"},
            {"Really happy with the {product}, it's even better than I hoped.",
                "The {product} is great quality for the money.",
                "Love my new {product}, use it every day."}}),
        Map.entry("account_access", new String[][] {
            {"I have been locked out of my online account for {days} days and the reset email never comes.",
                "Your app keeps rejecting my password even straight after a reset.",
                "You still have my old address on my account even though I changed it, so things go to the wrong place."},
            {"How do I update the email address on my account?",
                "I think I have two logins, can they be joined up?",
                "Can you reset my password for me please?"},
            {"Thanks for getting me back into my account so quickly.",
                "Login problem sorted in minutes, brilliant."}}),
        Map.entry("order", new String[][] {
            {"Order {order} was cancelled without a word from you.",
                "I received the wrong item for {order} and half of it is missing.",
                "I tried to cancel {order} straight away and was told it was too late."},
            {"Can I add something to order {order} before it goes out?",
                "I'd like to cancel order {order} please.",
                "I didn't get a confirmation for {order}, did it go through?"},
            {"Ordering the {product} was really easy, confirmation came straight away.",
                "Thanks for changing order {order} for me at short notice."}}),
        Map.entry("invoice", new String[][] {
            {"The invoice for {order} has the wrong amount on it.",
                "I asked for a copy of my invoice twice and still have nothing.",
                "Your invoice email looked completely different to the usual ones, I nearly reported it as a scam."},
            {"Could you send me a copy of the invoice for {order}?",
                "I need a VAT invoice for {order} for my records.",
                "Can my invoices go to a different email address?"},
            {"Thanks for the corrected invoice, that's exactly what I needed."}}),
        Map.entry("payment", new String[][] {
            {"My card was declined but the money still left my account.",
                "I was sent a final reminder for a bill I had already paid.",
                "The direct debit came out on the wrong day and now I have bank charges."},
            {"Can I change the date my direct debit is taken?",
                "I have paid the balance today, please can you confirm you have it?",
                "Is it possible to pay in instalments?"},
            {"Setting up the payment plan was simple, thanks.",
                "Thanks for moving my payment date, it really helps."}}),
        Map.entry("complaint", new String[][] {
            {"I have been passed from one team to another and I'm back where I started.",
                "Nobody called me back when they said they would.",
                "This is the third time I'm explaining the same thing to a different person.",
                "I wrote to you last week and have heard absolutely nothing.",
                "Honestly the way this has been handled is a disgrace."},
            {"I would like to speak to a team leader about my case.",
                "Please can you tell me who is dealing with my case now?",
                "Could I get an update on the issue I raised?"},
            {"Thank you for finally sorting this out, the team leader was great.",
                "Appreciate you taking my complaint seriously."}}),
        Map.entry("praise", new String[][] {
            {"Used to recommend you to everyone, not so much now."},
            {"Just passing on some feedback about my visit."},
            {"The staff at the {store} branch were so helpful today.",
                "Great service from start to finish, thank you all.",
                "Really friendly team, made my day.",
                "Always a good experience with you, keep it up."}}),
        Map.entry("marketing_preferences", new String[][] {
            {"I opted out of your marketing and you are still sending me offers.",
                "I had five messages from you in one day. Please stop.",
                "Why am I getting texts from you when I never agreed to them?"},
            {"How can I change how often I get your emails?",
                "Please take me off the text message offers."},
            {"The member offer email was handy, just used the code.",
                "Thanks for updating my preferences so fast."}}));

    private static final String[][] TAILS = {
        {"Really fed up.", "Not good enough.", "Very disappointed.", "Sort it out please.",
            "I expect better than this.", "Absolutely useless.", "Getting really annoyed now."},
        {"Thanks.", "Let me know.", "Many thanks.", "Thank you in advance.", ""},
        {"Thanks so much!", "Really pleased.", "Great job.", "Will definitely be back.", "Cheers!"}};

    private static final String[] PRODUCTS = {"kettle", "sofa", "desk lamp", "rain jacket", "coffee machine",
        "headphones", "trainers", "duvet set", "bookcase", "winter coat", "blender", "armchair"};
    private static final String[] STORES = {"Leeds", "Bristol", "Norwich", "Cardiff", "York", "Glasgow", "Reading"};
    private static final String[] GREETINGS = {"Hello,", "Hi,", "Good morning,", "Dear Acme Home,", "Hi there,",
        "To whom it may concern,"};
    private static final String[] SIGN_OFFS = {"Regards,", "Thanks,", "Kind regards,", "Best,", "Yours sincerely,",
        "Cheers,"};
    private static final String[] AGENTS = {"Sam", "Priya", "Tom", "Aisha", "Jack", "Megan", "Oliver", "Zara"};
    private static final String[][] AMERICAN = {{"colour", "color"}, {"cancelled", "canceled"},
        {"recognise", "recognize"}, {"apologise", "apologize"}, {"centre", "center"}, {"favourite", "favorite"}};

    private final SplittableRandom rng;

    DocumentTexts(SplittableRandom rng) {
        this.rng = rng;
    }

    static boolean knows(String topic) {
        return CORE.containsKey(topic);
    }

    static int sentimentIndex(String sentiment) {
        return switch (sentiment) {
            case "negative" -> 0;
            case "neutral" -> 1;
            default -> 2;
        };
    }

    <T> T pick(T[] values) {
        return values[rng.nextInt(values.length)];
    }

    String agent() {
        return pick(AGENTS);
    }

    /** One or two core sentences and a tail in the given sentiment, slots filled. */
    String message(String topic, String sentiment, String order) {
        int s = sentimentIndex(sentiment);
        String[] bank = CORE.get(topic)[s];
        StringBuilder b = new StringBuilder(fill(pick(bank), order));
        if (bank.length > 1 && rng.nextInt(100) < 35) {
            String second = fill(pick(bank), order);
            if (!b.toString().equals(second)) {
                b.append(' ').append(second);
            }
        }
        String tail = pick(TAILS[s]);
        if (!tail.isEmpty() && rng.nextInt(100) < 70) {
            b.append(' ').append(tail);
        }
        return slips(b.toString());
    }

    private String fill(String template, String order) {
        return template.replace("{order}", order == null ? "my order" : order)
            .replace("{product}", pick(PRODUCTS)).replace("{store}", pick(STORES))
            .replace("{days}", Integer.toString(3 + rng.nextInt(12)));
    }

    /** Now and then a swapped letter, American spelling, or no capitals, as people type. */
    String slips(String text) {
        String out = text;
        if (rng.nextInt(100) < 25) {
            for (String[] pair : AMERICAN) {
                out = out.replace(pair[0], pair[1]);
            }
        }
        if (rng.nextInt(100) < 15) {
            String[] words = out.split(" ");
            int i = rng.nextInt(words.length);
            String w = words[i];
            if (w.length() > 4 && Character.isLetter(w.charAt(1)) && Character.isLetter(w.charAt(2))) {
                words[i] = w.charAt(0) + "" + w.charAt(2) + w.charAt(1) + w.substring(3);
                out = String.join(" ", words);
            }
        }
        if (rng.nextInt(100) < 10) {
            out = out.toLowerCase(java.util.Locale.ROOT);
        }
        return out;
    }

    String email(String body, String givenName) {
        return pick(GREETINGS) + "\n\n" + body + "\n\n" + pick(SIGN_OFFS) + "\n" + givenName + "\n";
    }

    String reviewTitle(String sentiment) {
        return switch (sentiment) {
            case "negative" -> pick(new String[] {"Disappointed", "Not again", "Poor experience", "Avoid", "1 star"});
            case "neutral" -> pick(new String[] {"OK", "Average", "Mixed", "Fine I suppose"});
            default -> pick(new String[] {"Lovely", "Great service", "Very happy", "Five stars", "Recommended"});
        };
    }

    /** What an agent says when promising something by a due time: "within N hours" or "within N days". */
    static String promise(String promiseType, long seconds) {
        long hours = Math.max(1, Math.round(seconds / 3600.0));
        String within = hours % 24 == 0 && hours > 48 ? "within " + hours / 24 + " days" : "within " + hours + " hours";
        return switch (promiseType) {
            case Company.PROMISE_CALLBACK -> "Someone from the team will call you back " + within + ".";
            case Company.PROMISE_REFUND -> "Your refund will be processed " + within + ".";
            default -> "The replacement will be delivered " + within + ".";
        };
    }

    /** Neutral agent lines, with the brand in the sign-off when it is an e-mail. */
    String agentOpening(String agent) {
        return pick(new String[] {"Hi, you're through to " + agent + ", how can I help?",
            "Thanks for contacting " + BRAND + ", my name is " + agent + ".",
            "Good afternoon, " + agent + " here from customer services."});
    }

    String agentMiddle(String topic) {
        return pick(new String[] {"Let me look into that for you.", "I can see the " + topic.replace('_', ' ')
            + " case on your account.", "Can I just confirm your postcode?", "Bear with me one moment."});
    }

    String agentClose() {
        return pick(new String[] {"Is there anything else I can help with today?",
            "I've added a note to your case.", "Thanks for your patience."});
    }

    String customerClose(String sentiment) {
        return switch (sentiment) {
            case "negative" -> pick(new String[] {"Fine. I'll wait, again.", "I'm not holding my breath.",
                "Whatever, just get it done."});
            case "neutral" -> pick(new String[] {"OK, thanks.", "Right, thank you.", "Alright."});
            default -> pick(new String[] {"Brilliant, thanks a lot!", "That's great, thank you so much.",
                "Perfect, really appreciate it."});
        };
    }

    String replyBody(String topic, String agent) {
        return "Thank you for your message about your " + topic.replace('_', ' ') + ". "
            + pick(new String[] {"We have looked into this and updated your case.",
                "I have passed the details to the right team.",
                "Everything on our side now looks correct."})
            + "\n\nBest wishes,\n" + agent + "\n" + BRAND + " Customer Services\n";
    }
}
