/** An expected start-up failure: the launcher prints its message as one line and exits 1. */
export class LaunchError extends Error {
  override name = "LaunchError";
}
