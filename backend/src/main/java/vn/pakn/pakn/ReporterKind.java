package vn.pakn.pakn;

/** Đối tượng: the reporter is a person (Cá nhân) or an organisation (Tổ chức). */
public enum ReporterKind {
    INDIVIDUAL,
    ORGANISATION
}
