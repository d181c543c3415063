/** The buttons of the detail page, in the manual's order; each names the actions that make it appear. */
export type DetailButton =
  | "edit"
  | "specialist"
  | "claim"
  | "release"
  | "process"
  | "updateResult"
  | "appoint"
  | "approveAppointment"
  | "rejectAppointment"
  | "complete"
  | "receive"
  | "route"
  | "approveResult"
  | "publish"
  | "unpublish";

/** The choices of the "Chuyên viên thao tác" dialog and the action each takes. */
export const SPECIALIST_CHOICES = ["coordinate", "return-to-operator", "return-result"] as const;
export type SpecialistChoice = (typeof SPECIALIST_CHOICES)[number];

/** null: always shown. */
const BUTTON_ACTIONS: [DetailButton, readonly string[] | null][] = [
  ["edit", ["edit"]],
  ["specialist", SPECIALIST_CHOICES],
  ["claim", ["claim"]],
  ["release", ["release"]],
  ["process", null],
  ["updateResult", ["update-result"]],
  ["appoint", ["appoint"]],
  ["approveAppointment", ["approve-appointment"]],
  ["rejectAppointment", ["reject-appointment"]],
  ["complete", ["complete"]],
  ["receive", ["receive"]],
  ["route", ["route", "reroute"]],
  ["approveResult", ["approve-result"]],
  ["publish", ["publish"]],
  ["unpublish", ["unpublish"]],
];

/** The i18n key of a button's label: the appointment decisions live with the appointments' texts. */
export function buttonLabelKey(button: DetailButton): string {
  if (button === "approveAppointment") return "appointments.buttons.approve";
  if (button === "rejectAppointment") return "appointments.buttons.reject";
  return `pakn.buttons.${button}`;
}

/** The buttons to show for the actions `/actions` allows now; "Xem quy trình" is always there. */
export function visibleButtons(allowed: readonly string[]): DetailButton[] {
  return BUTTON_ACTIONS.filter(([, actions]) => actions === null || actions.some((action) => allowed.includes(action))).map(
    ([button]) => button,
  );
}

/** The choices of "Chuyên viên thao tác" this officer may take now. */
export function specialistChoices(allowed: readonly string[]): SpecialistChoice[] {
  return SPECIALIST_CHOICES.filter((choice) => allowed.includes(choice));
}

/** An item a unit sent back is routed again with `reroute`, a new one with `route`. */
export function routeAction(allowed: readonly string[]): "route" | "reroute" | undefined {
  if (allowed.includes("reroute")) return "reroute";
  if (allowed.includes("route")) return "route";
  return undefined;
}
