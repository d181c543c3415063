package vn.pakn.workflow.process;

/** For which unit an officer may take a transition. */
public enum UnitScope {
    /** Any unit: operators and the provincial office work across units. */
    ANY,
    /** Only the main handling unit (xử lý chính). */
    MAIN,
    /** The main unit or an active coordinating unit (xử lý phối hợp). */
    PARTICIPANT
}
