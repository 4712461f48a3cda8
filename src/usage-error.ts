/**
 * A mistake in how Grove was called (a flag, an environment variable, a file name): the command
 * line prints its message and exits with code 2. It has a module of its own so that a command that
 * loads nothing else (`grove lint`) can catch it without loading the configuration and, through
 * it, the database's settings.
 */
export class UsageError extends Error {}
