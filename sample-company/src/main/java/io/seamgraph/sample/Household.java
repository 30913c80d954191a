package io.seamgraph.sample;

/**
 * People living at one address. A household of two or more may share one family e-mail address, which the billing
 * and marketing systems then hold for several people.
 *
 * @param firstPerson index of the first member; members are numbered consecutively
 * @param previous    where the household lived before it moved (a system that missed the move still has it)
 * @param familyEmail the shared address, or {@code null}
 */
record Household(long index, String id, long firstPerson, int size, String family, Places.Address address,
                 Places.Address previous, String familyEmail) {
}
