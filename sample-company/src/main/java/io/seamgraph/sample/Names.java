package io.seamgraph.sample;

import java.util.List;
import java.util.SplittableRandom;

/** Given names (with the nicknames people use for them), surnames, and the typos clerks make when typing them. */
final class Names {

    /** A given name, the sex it is mostly given to, and its common nicknames (possibly none). */
    record Given(String name, char sex, List<String> nicknames) {
    }

    private static Given g(String name, char sex, String... nicknames) {
        return new Given(name, sex, List.of(nicknames));
    }

    static final List<Given> GIVEN = List.of(
        g("Robert", 'M', "Bob", "Rob", "Bobby"), g("William", 'M', "Bill", "Will", "Billy"),
        g("Elizabeth", 'F', "Liz", "Beth", "Lizzie"), g("Margaret", 'F', "Maggie", "Peggy"),
        g("James", 'M', "Jim", "Jamie"), g("Thomas", 'M', "Tom", "Tommy"), g("Richard", 'M', "Rich", "Dick"),
        g("Katherine", 'F', "Kate", "Katie", "Kathy"), g("Jennifer", 'F', "Jen", "Jenny"), g("Michael", 'M', "Mike", "Mick"),
        g("Christopher", 'M', "Chris"), g("Daniel", 'M', "Dan", "Danny"), g("Matthew", 'M', "Matt"),
        g("Alexander", 'M', "Alex", "Sandy"), g("Samuel", 'M', "Sam"), g("Joseph", 'M', "Joe"), g("Anthony", 'M', "Tony"),
        g("Edward", 'M', "Ed", "Ted", "Eddie"), g("Victoria", 'F', "Vicky", "Tori"), g("Rebecca", 'F', "Becky", "Becca"),
        g("Jessica", 'F', "Jess"), g("Charlotte", 'F', "Lottie", "Charlie"), g("Eleanor", 'F', "Ellie", "Nell"),
        g("Abigail", 'F', "Abby"), g("Nicholas", 'M', "Nick"), g("Benjamin", 'M', "Ben"), g("Jonathan", 'M', "Jon"),
        g("Stephen", 'M', "Steve"), g("Andrew", 'M', "Andy", "Drew"), g("David", 'M', "Dave"), g("Peter", 'M', "Pete"),
        g("Susan", 'F', "Sue", "Susie"), g("Deborah", 'F', "Debbie", "Deb"), g("Patricia", 'F', "Pat", "Trish"),
        g("Alexandra", 'F', "Alex", "Sasha"), g("Catherine", 'F', "Cathy", "Cat"), g("Samantha", 'F', "Sam", "Sammy"),
        g("Frederick", 'M', "Fred", "Freddie"), g("Henry", 'M', "Harry", "Hal"), g("Timothy", 'M', "Tim"),
        g("Philip", 'M', "Phil"), g("Gregory", 'M', "Greg"), g("Josephine", 'F', "Jo", "Josie"),
        g("Natalie", 'F', "Nat"), g("Amanda", 'F', "Mandy"), g("Gillian", 'F', "Gill"), g("Kenneth", 'M', "Ken"),
        g("Oliver", 'M', "Ollie"), g("Olivia", 'F', "Liv"), g("Amelia", 'F', "Millie"), g("Isabella", 'F', "Bella", "Izzy"),
        g("Sophie", 'F'), g("Emily", 'F', "Em"), g("Grace", 'F'), g("Chloe", 'F'), g("Lucy", 'F'), g("Hannah", 'F'),
        g("Emma", 'F'), g("Laura", 'F'), g("Sarah", 'F'), g("Rachel", 'F'), g("Helen", 'F'), g("Claire", 'F'),
        g("Karen", 'F'), g("Julie", 'F'), g("Fiona", 'F'), g("Siobhan", 'F'), g("Niamh", 'F'), g("Aoife", 'F'),
        g("Eilidh", 'F'), g("Priya", 'F'), g("Aisha", 'F'), g("Fatima", 'F'), g("Zara", 'F'), g("Mei", 'F'),
        g("Amara", 'F'), g("Chidinma", 'F'), g("Agnieszka", 'F', "Aga"), g("Noah", 'M'), g("George", 'M'),
        g("Harry", 'M'), g("Jack", 'M'), g("Oscar", 'M'), g("Charlie", 'M'), g("Leo", 'M'), g("Jacob", 'M', "Jake"),
        g("Callum", 'M'), g("Liam", 'M'), g("Connor", 'M'), g("Ryan", 'M'), g("Gareth", 'M'), g("Rhys", 'M'),
        g("Dylan", 'M'), g("Owen", 'M'), g("Ian", 'M'), g("Neil", 'M'), g("Paul", 'M'), g("Mark", 'M'),
        g("Simon", 'M'), g("Gary", 'M'), g("Mohammed", 'M', "Mo"), g("Ahmed", 'M'), g("Imran", 'M'), g("Raj", 'M'),
        g("Arjun", 'M'), g("Wei", 'M'), g("Chen", 'M'), g("Oluwaseun", 'M', "Seun"), g("Kwame", 'M'),
        g("Tomasz", 'M', "Tomek"), g("Piotr", 'M'), g("Declan", 'M'), g("Seamus", 'M'), g("Euan", 'M'));

    static final List<String> SURNAMES = List.of(
        "Smith", "Jones", "Williams", "Taylor", "Brown", "Davies", "Evans", "Wilson", "Thomas", "Johnson", "Roberts",
        "Robinson", "Thompson", "Wright", "Walker", "White", "Edwards", "Hughes", "Green", "Hall", "Lewis", "Harris",
        "Clarke", "Patel", "Jackson", "Wood", "Turner", "Martin", "Cooper", "Hill", "Ward", "Morris", "Moore", "Clark",
        "Lee", "King", "Baker", "Harrison", "Morgan", "Allen", "James", "Scott", "Phillips", "Watson", "Davis", "Parker",
        "Price", "Bennett", "Young", "Griffiths", "Mitchell", "Kelly", "Cook", "Carter", "Richardson", "Bailey",
        "Collins", "Bell", "Shaw", "Murphy", "Miller", "Cox", "Richards", "Khan", "Marshall", "Anderson", "Simpson",
        "Ellis", "Adams", "Singh", "Begum", "Wilkinson", "Foster", "Chapman", "Powell", "Webb", "Rogers", "Gray",
        "Mason", "Ali", "Hunt", "Hussain", "Campbell", "Matthews", "Owen", "Palmer", "Holmes", "Mills", "Barnes",
        "Knight", "Lloyd", "Butler", "Russell", "Barker", "Fisher", "Stevens", "Jenkins", "Murray", "Dixon", "Harvey",
        "Graham", "Pearson", "Ahmed", "Fletcher", "Walsh", "Kaur", "Gibson", "Howard", "Andrews", "Stewart", "Elliott",
        "Reynolds", "Saunders", "Payne", "Fox", "Ford", "Pearce", "Day", "Brooks", "West", "Lawrence", "Cole",
        "Atkinson", "Bradley", "Spencer", "Gill", "Dawson", "Ball", "Burton", "O'Brien", "Watts", "Rose", "Booth",
        "Perry", "Ryan", "Grant", "Wells", "Armstrong", "Francis", "Rees", "Hayes", "Hart", "Hudson", "Newman",
        "Barrett", "Webster", "Hunter", "Gregory", "Carr", "Lowe", "Page", "Marsh", "Riley", "Dunn", "Woods",
        "Parsons", "Berry", "Stone", "Reid", "Holland", "Hawkins", "Harding", "Porter", "Robertson", "Newton",
        "Oliver", "Reed", "Kennedy", "Williamson", "Bird", "Gardner", "Shah", "Dean", "Lane", "Cooke", "Bates",
        "Henderson", "Parry", "Burgess", "Bishop", "Walton", "Burns", "Nicholson", "Shepherd", "Ross", "Cross",
        "Long", "Freeman", "Warren", "Nicholls", "Hamilton", "Byrne", "Sutton", "McDonald", "Yates", "Hodgson",
        "Robson", "Curtis", "Hopkins", "O'Connor", "Harper", "Coleman", "Watkins", "Moss", "McCarthy", "Chambers",
        "O'Neill", "Griffin", "Sharp", "Hardy", "Wheeler", "Potter", "Osborne", "Johnston", "Gordon", "Doyle",
        "Wallace", "George", "Jordan", "Hutchinson", "Rowe", "Burke", "May", "Pritchard", "Gilbert", "Willis",
        "Higgins", "Read", "Miles", "Stevenson", "Stephenson", "Hammond", "Arnold", "Buckley", "Walters", "Hewitt",
        "Barber", "Nelson", "Slater", "Austin", "Sullivan", "Whitehead", "Mann", "Frost", "Lambert", "Stephens",
        "Blake", "Akhtar", "Lynch", "Goodwin", "Barton", "Woodward", "Thomson", "Cunningham", "Quinn", "Barnett",
        "Baxter", "Bibi", "Clayton", "Nash", "Greenwood", "Jennings", "Holt", "Kemp", "Poole", "Gallagher", "Bond",
        "Stokes", "Tucker", "Davidson", "Fowler", "Heath", "Norman", "Middleton", "Lawson", "Banks", "French",
        "Stanley", "Jarvis", "Gibbs", "Ferguson", "Hayward", "Carroll", "Douglas", "Dickinson", "Todd", "Barlow",
        "Peters", "Lucas", "Knowles", "Hartley", "Miah", "Simmons", "Morton", "Alexander", "Field", "Morrison",
        "Norris", "Townsend", "Preston", "Hancock", "Thornton", "Baldwin", "Burrows", "Briggs", "Storey", "Pollard",
        "Howell", "Summers", "Nguyen", "Kowalski", "Nowak", "Okafor", "Adeyemi", "Mensah", "Rahman", "Choudhury",
        "Das", "Sharma", "Gupta", "Kumar", "Mistry", "Chaudhry", "Wong", "Zhang", "MacLeod", "Fraser", "Sinclair");

    private Names() {
    }

    static Given given(SplittableRandom rng) {
        return GIVEN.get(rng.nextInt(GIVEN.size()));
    }

    static String surname(SplittableRandom rng) {
        return SURNAMES.get(rng.nextInt(SURNAMES.size()));
    }

    /** A different surname than {@code current}: a maiden or former married name. */
    static String otherSurname(String current, SplittableRandom rng) {
        String other = surname(rng);
        while (other.equals(current)) {
            other = surname(rng);
        }
        return other;
    }

    /** The name as a person might give it: their nickname if they have one. */
    static String nickname(Given given, SplittableRandom rng) {
        if (given.nicknames().isEmpty()) {
            return given.name();
        }
        return given.nicknames().get(rng.nextInt(given.nicknames().size()));
    }

    /** A keying slip: two neighbouring letters swapped, one dropped or one doubled. Short names are left alone. */
    static String typo(String name, SplittableRandom rng) {
        if (name.length() < 4) {
            return name;
        }
        char[] c = name.toCharArray();
        int i = 1 + rng.nextInt(c.length - 2);
        switch (rng.nextInt(3)) {
            case 0 -> {
                if (c[i] == c[i + 1]) {
                    return name.substring(0, i) + name.substring(i + 1);
                }
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
            }
            case 1 -> {
                return name.substring(0, i) + name.substring(i + 1);
            }
            default -> {
                return name.substring(0, i + 1) + name.charAt(i) + name.substring(i + 1);
            }
        }
    }

    static String initial(String name) {
        return name.substring(0, 1);
    }
}
