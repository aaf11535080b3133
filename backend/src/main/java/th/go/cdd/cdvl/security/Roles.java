package th.go.cdd.cdvl.security;

/** Realm role names as they appear in the token, for {@code @RolesAllowed}. */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String NATIONAL = "national";
    public static final String PROVINCE_OFFICER = "province-officer";
    public static final String DISTRICT_OFFICER = "district-officer";
    public static final String VIEWER = "viewer";
    public static final String API_CLIENT = "api-client";
    /** Not an access role of its own: it adds personal data to what an {@link #API_CLIENT} reads. */
    public static final String API_CLIENT_PERSONAL_DATA = "api-client-personal-data";

    private Roles() {
    }
}
