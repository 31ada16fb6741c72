package org.dischargehub.support;

/**
 * The fixture integration and browser tests share: the running hub seen through its API, with one user per role
 * and a county of its own (unique codes, so tests sharing a hub never meet). The county's locality, home-care
 * provider (with its user and hours today) and beds are made on first use.
 */
public final class Hub {

    public final int port;
    public final County county;
    public final Api mdt;
    public final Api coordinator;
    public final Api manager;
    private final String prefix;
    private String locality;
    private String homeCare;
    private String homeCareUsername;

    private Hub(int port, String prefix) {
        this.port = port;
        this.prefix = prefix;
        this.county = new County(port);
        this.mdt = Api.as(port, "mdt", "mdt");
        this.coordinator = Api.as(port, "coordinator", "coordinator");
        this.manager = Api.as(port, "manager", "manager");
    }

    /** A hub whose county's codes start with {@code prefix}. */
    public static Hub on(int port, String prefix) {
        return new Hub(port, prefix);
    }

    /** The county's locality. */
    public String locality() {
        if (locality == null) {
            locality = county.locality(prefix);
        }
        return locality;
    }

    /** The county's home-care provider, with 100 hours a week posted in the locality today and a user of its own. */
    public String homeCare() {
        if (homeCare == null) {
            homeCare = county.homeCareProvider(prefix + "HC", "21.00");
            county.capacity(homeCare, locality(), TestClock.today(), 100);
            homeCareUsername = county.user(prefix + "-hc", "PROVIDER", homeCare);
        }
        return homeCare;
    }

    /** The user of the home-care provider. */
    public String homeCareUsername() {
        homeCare();
        return homeCareUsername;
    }

    public Api homeCareUser() {
        return as(homeCareUsername());
    }

    /** A user made by the county (their password is {@link County#password()}). */
    public Api as(String username) {
        return Api.as(port, username, County.password());
    }

    /** A free bed of the type in a new tier-1 setting of a new bed-based provider in the locality. */
    public String bed(String type) {
        String setting = county.setting(prefix + "S", county.bedBasedProvider(prefix + "BB"), locality(), 1, "150.00",
                false);
        return county.bed(setting, "01", type);
    }
}
