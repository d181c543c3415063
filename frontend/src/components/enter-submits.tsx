/** Lets Enter in any field submit a form whose buttons live outside it (a Modal's footer): implicit submission needs one. */
export function EnterSubmits() {
  return <button type="submit" hidden aria-hidden tabIndex={-1} />;
}
