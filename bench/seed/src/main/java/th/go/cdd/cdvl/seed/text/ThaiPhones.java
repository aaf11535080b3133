package th.go.cdd.cdvl.seed.text;

import th.go.cdd.cdvl.seed.generate.Dice;

/**
 * Phone numbers in the forms officers write them, all matching the app's rule
 * {@code ^[0-9+() -]{3,20}$}: mobiles 08x-xxx-xxxx, and provincial land lines 0xx-xxxxxx with an
 * area code of the province's region.
 */
public final class ThaiPhones {

    private ThaiPhones() {
    }

    public static String mobile(Dice dice) {
        String prefix = dice.pick("08", "08", "09", "06");
        return String.format("%s%d-%03d-%04d", prefix, dice.below(10), dice.below(1000), dice.below(10000));
    }

    public static String landline(Dice dice, String provinceCode) {
        return String.format("0%s-%06d", areaCode(dice, provinceCode), dice.below(1_000_000));
    }

    private static String areaCode(Dice dice, String provinceCode) {
        return switch (provinceCode.charAt(0)) {
            case '1' -> dice.pick("35", "36", "56");
            case '2' -> dice.pick("38", "39", "37");
            case '3' -> dice.pick("44", "45");
            case '4' -> dice.pick("42", "43");
            case '5' -> dice.pick("53", "54");
            case '6' -> dice.pick("55", "56");
            case '7' -> dice.pick("32", "34", "35");
            default -> dice.pick("73", "74", "75", "76", "77");
        };
    }
}
