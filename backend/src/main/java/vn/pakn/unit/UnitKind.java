package vn.pakn.unit;

/** The kinds of units in units.csv, plus communes and a catch-all. */
public enum UnitKind {
    PROVINCE_OFFICE,
    CALL_CENTER,
    DEPARTMENT,
    DISTRICT,
    COMMUNE,
    CENTRAL_AGENCY,
    MASS_ORGANISATION,
    ENTERPRISE,
    OTHER
}
