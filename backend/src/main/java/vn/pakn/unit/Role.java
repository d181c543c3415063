package vn.pakn.unit;

/** What an officer may do; an account may hold several. */
public enum Role {
    OPERATOR,
    SPECIALIST,
    LEADER,
    PROVINCE_OFFICE,
    ADMIN;

    public static final String OPERATOR_NAME = "OPERATOR";
    public static final String SPECIALIST_NAME = "SPECIALIST";
    public static final String LEADER_NAME = "LEADER";
    public static final String PROVINCE_OFFICE_NAME = "PROVINCE_OFFICE";
    public static final String ADMIN_NAME = "ADMIN";
}
