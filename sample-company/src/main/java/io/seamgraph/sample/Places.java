package io.seamgraph.sample;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** UK towns with their postcode areas, streets, and the ways the same address gets written down. */
final class Places {

    record Town(String name, String area, int districts, int weight) {
    }

    /** An address as the person would write it in full. */
    record Address(int flat, int number, String street, String streetType, String town, String postcode) {

        String line() {
            String base = number + " " + street + " " + streetType;
            return flat > 0 ? "Flat " + flat + ", " + base : base;
        }
    }

    static final List<Town> TOWNS = List.of(
        new Town("London", "SW", 20, 9), new Town("London", "E", 18, 7), new Town("London", "N", 22, 6),
        new Town("London", "SE", 28, 7), new Town("London", "NW", 11, 4), new Town("London", "W", 14, 4),
        new Town("Manchester", "M", 40, 6), new Town("Birmingham", "B", 76, 6), new Town("Leeds", "LS", 28, 4),
        new Town("Glasgow", "G", 78, 4), new Town("Liverpool", "L", 38, 4), new Town("Bristol", "BS", 41, 3),
        new Town("Sheffield", "S", 36, 3), new Town("Edinburgh", "EH", 55, 3), new Town("Cardiff", "CF", 24, 2),
        new Town("Leicester", "LE", 19, 2), new Town("Nottingham", "NG", 25, 2), new Town("Newcastle upon Tyne", "NE", 16, 2),
        new Town("Brighton", "BN", 45, 2), new Town("Southampton", "SO", 53, 2), new Town("Belfast", "BT", 17, 2),
        new Town("Oxford", "OX", 44, 1), new Town("Cambridge", "CB", 25, 1), new Town("York", "YO", 32, 1),
        new Town("Norwich", "NR", 35, 1), new Town("Reading", "RG", 45, 1), new Town("Coventry", "CV", 47, 1),
        new Town("Exeter", "EX", 39, 1), new Town("Aberdeen", "AB", 56, 1), new Town("Swansea", "SA", 73, 1));

    private static final int TOTAL_WEIGHT = TOWNS.stream().mapToInt(Town::weight).sum();

    static final List<String> STREETS = List.of(
        "Church", "Station", "Victoria", "Park", "High", "Mill", "Queen's", "King's", "Manor", "Green", "Grange",
        "Albert", "Windsor", "New", "Springfield", "Richmond", "York", "Chester", "Beech", "Oak", "Elm", "Cedar",
        "Willow", "Meadow", "Orchard", "Highfield", "St John's", "St Mary's", "Main", "Castle", "Bridge", "School",
        "Market", "Cromwell", "Nelson", "Wellington", "Cambridge", "Oxford", "Gloucester", "Stanley", "Clarence",
        "Denmark", "Lansdowne", "Belmont", "Alexandra", "Farm", "Hawthorn", "Rowan", "Ash", "Chestnut", "Holly",
        "Primrose", "Sycamore", "Fairfield", "Brook", "Lime", "Marlborough", "Salisbury", "Hamilton", "Kingsley");

    /** Street types, each with the abbreviation clerks use. */
    static final List<String[]> STREET_TYPES = List.of(
        new String[] {"Road", "Rd"}, new String[] {"Street", "St"}, new String[] {"Avenue", "Ave"},
        new String[] {"Lane", "Ln"}, new String[] {"Close", "Cl"}, new String[] {"Drive", "Dr"},
        new String[] {"Crescent", "Cres"}, new String[] {"Gardens", "Gdns"}, new String[] {"Way", "Way"},
        new String[] {"Place", "Pl"}, new String[] {"Court", "Ct"}, new String[] {"Terrace", "Terr"});

    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private Places() {
    }

    static Address address(SplittableRandom rng) {
        Town town = town(rng);
        String[] type = STREET_TYPES.get(rng.nextInt(STREET_TYPES.size()));
        int flat = rng.nextInt(100) < 18 ? 1 + rng.nextInt(24) : 0;
        String postcode = town.area() + (1 + rng.nextInt(town.districts())) + " " + rng.nextInt(10)
            + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()))
            + INWARD_LETTERS.charAt(rng.nextInt(INWARD_LETTERS.length()));
        return new Address(flat, 1 + rng.nextInt(180), STREETS.get(rng.nextInt(STREETS.size())), type[0],
            town.name(), postcode);
    }

    private static Town town(SplittableRandom rng) {
        int pick = rng.nextInt(TOTAL_WEIGHT);
        for (Town town : TOWNS) {
            pick -= town.weight();
            if (pick < 0) {
                return town;
            }
        }
        throw new IllegalStateException("town weights do not add up");
    }

    /** The same address line as another clerk writes it: abbreviated street type, no comma after the flat, case. */
    static String lineVariant(Address a, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        if (roll < 70) {
            return a.line();
        }
        String type = abbreviation(a.streetType());
        String street = a.number() + " " + a.street() + " " + (roll < 85 ? type : a.streetType());
        if (a.flat() > 0) {
            street = (roll < 80 ? "Flat " + a.flat() + " " : a.flat() + "/") + street;
        }
        return roll >= 95 ? street.toUpperCase(Locale.ROOT) : street;
    }

    /** The postcode with or without its space, sometimes in lower case. */
    static String postcodeVariant(String postcode, SplittableRandom rng) {
        int roll = rng.nextInt(100);
        if (roll < 80) {
            return postcode;
        }
        if (roll < 93) {
            return postcode.replace(" ", "");
        }
        return postcode.toLowerCase(Locale.ROOT);
    }

    private static String abbreviation(String type) {
        return STREET_TYPES.stream().filter(t -> t[0].equals(type)).map(t -> t[1]).findFirst().orElse(type);
    }
}
