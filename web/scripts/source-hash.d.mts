export const webRoot: string;
/** The sha256 of the client's build inputs, hex. */
export function webSourceHash(): string;
