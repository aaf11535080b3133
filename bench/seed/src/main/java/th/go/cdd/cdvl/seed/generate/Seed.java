package th.go.cdd.cdvl.seed.generate;

/** Names the data set uses for who did things. */
public final class Seed {

    /** Author of every generated record, and of the audit row summarising the import. */
    public static final String ACTOR = "seed-national";

    private Seed() {
    }

    /** The load-test officer of a district (4 digits) or province (2 digits), as created in Keycloak. */
    public static String officer(String areaCode) {
        return (areaCode.length() == 4 ? "load.d" : "load.p") + areaCode;
    }
}
